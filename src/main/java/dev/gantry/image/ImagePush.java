package dev.gantry.image;

import com.github.dockerjava.api.model.AuthConfig;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One push, what the how-to does by hand: log in to the repository's registry with the ECR token, {@code docker
 * tag} the local image as {@code repositoryUri:tag}, {@code docker push} it. The login travels with the push (the
 * engine keeps no session), so wrong credentials show as the push's own error.
 */
final class ImagePush implements Runnable {

    private final DockerConnection docker;
    private final RegistryCredentials credentials;
    private final PushTracker run;
    private final String localImage;
    private final PushTarget target;
    private final Duration timeout;

    ImagePush(
            DockerConnection docker,
            RegistryCredentials credentials,
            PushTracker run,
            String localImage,
            PushTarget target,
            Duration timeout) {
        this.docker = docker;
        this.credentials = credentials;
        this.run = run;
        this.localImage = localImage;
        this.target = target;
        this.timeout = timeout;
    }

    @Override
    public void run() {
        try {
            AuthConfig auth = login();
            tag();
            push(auth);
        } catch (RuntimeException e) {
            run.fail(EngineErrors.message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.fail("Gantry stopped while the push was running");
        }
    }

    private AuthConfig login() {
        run.line("Getting a registry login for " + target.registry() + " from ECR");
        RegistryLogin login = credentials.loginFor(run.repository());
        return new AuthConfig()
                .withUsername(login.username())
                .withPassword(login.password())
                .withRegistryAddress(target.registry());
    }

    private void tag() {
        docker.call(c -> {
            c.tagImageCmd(localImage, target.repositoryUri(), target.tag())
                    .withForce(true)
                    .exec();
            return null;
        });
        run.line("Tagged " + localImage + " as " + target.reference());
    }

    private void push(AuthConfig auth) throws InterruptedException {
        PushCallback stream = new PushCallback(run);
        docker.call(c -> c.pushImageCmd(target.repositoryUri())
                .withTag(target.tag())
                .withAuthConfig(auth)
                .exec(stream));
        try {
            if (!stream.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                run.fail("The push did not finish within " + timeout);
                return;
            }
        } finally {
            closeQuietly(stream);
        }
        stream.error().ifPresentOrElse(run::fail, run::succeed);
    }

    private static void closeQuietly(PushCallback stream) {
        try {
            stream.close();
        } catch (java.io.IOException ignored) {
            // the stream is over either way
        }
    }
}
