package dev.gantry.aws;

import dev.gantry.Needs;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * moto, a real AWS API emulator, for tests: {@code @ExtendWith(MotoServer.class)}, then {@link #endpoint()}.
 * Started once per JVM: the local {@code python3 -m moto.server} when moto is installed (CI installs it), otherwise
 * Testcontainers' {@code motoserver/moto} image when Docker is available; without either the tests are skipped
 * with the reason. Every test class starts from an empty account ({@code POST /moto-api/reset}).
 */
public final class MotoServer implements BeforeAllCallback {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT = "123456789012";
    private static final String IMAGE = "motoserver/moto:5.2.1";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static URI endpoint;
    private static String unavailableReason;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        URI uri = start();
        reset(uri);
    }

    /** The running emulator's endpoint; starts it if needed. */
    public static URI endpoint() {
        return start();
    }

    /** An SDK client of any service, pointed at the emulator, for assertions made behind Gantry's back. */
    public static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>, C> C client(
            B builder) {
        return builder.endpointOverride(endpoint())
                .region(software.amazon.awssdk.regions.Region.of(REGION))
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    /** Forgets every resource, as if the account were new. */
    public static void reset(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri.resolve("/moto-api/reset"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("moto reset answered " + response.statusCode());
        }
    }

    private static synchronized URI start() {
        if (endpoint == null && unavailableReason == null) {
            try {
                endpoint = localMoto().or(MotoServer::dockerMoto).orElse(null);
                if (endpoint == null) {
                    unavailableReason = "moto is not available: neither `python3 -m moto.server` (pip install "
                            + "'moto[server]') nor a Docker engine for the motoserver/moto image was found";
                }
            } catch (Exception e) {
                unavailableReason = "moto did not start: " + e;
            }
        }
        Needs.require(endpoint != null, () -> unavailableReason);
        return endpoint;
    }

    private static Optional<URI> localMoto() throws IOException, InterruptedException {
        if (!pythonHasMoto()) {
            return Optional.empty();
        }
        int port = freePort();
        File log = File.createTempFile("moto-", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        "python3", "-m", "moto.server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log);
        // Without it, attaching AWS managed policies (AmazonECSTaskExecutionRolePolicy) fails.
        builder.environment().put("MOTO_IAM_LOAD_MANAGED_POLICIES", "true");
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "moto-stop"));
        URI uri = URI.create("http://127.0.0.1:" + port);
        awaitAnswer(uri, process, log);
        return Optional.of(uri);
    }

    /** SIGTERM first so moto exits cleanly; force it if it has not gone within a few seconds. */
    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
    private static Optional<URI> dockerMoto() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        GenericContainer<?> moto = new GenericContainer<>(IMAGE)
                .withEnv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
                .withExposedPorts(5000)
                .waitingFor(Wait.forHttp("/moto-api/").forStatusCode(200));
        moto.start();
        return Optional.of(URI.create("http://" + moto.getHost() + ":" + moto.getMappedPort(5000)));
    }

    private static boolean pythonHasMoto() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import moto.server")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException noPython) {
            return false;
        }
    }

    private static void awaitAnswer(URI uri, Process process, File log) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HTTP.send(
                        HttpRequest.newBuilder(uri.resolve("/moto-api/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("moto did not answer within " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
