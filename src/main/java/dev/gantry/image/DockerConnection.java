package dev.gantry.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The Docker Engine API client, built on first use so that Gantry starts (and everything but pushing works)
 * without a Docker engine. The API version is left to the engine: pinning one breaks older engines.
 */
@Component
class DockerConnection implements AutoCloseable {

    private final DockerClientConfig config;
    private DockerClient client;

    DockerConnection(DockerProperties properties) {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (properties.host() != null && !properties.host().isBlank()) {
            builder.withDockerHost(properties.host());
        }
        this.config = builder.build();
    }

    /** Calls the engine; an engine that cannot be reached is a {@link DockerUnavailableException}. */
    <T> T call(Function<DockerClient, T> call) {
        try {
            return call.apply(client());
        } catch (DockerException engineAnswered) {
            throw engineAnswered;
        } catch (RuntimeException e) {
            if (causedByIo(e)) {
                throw new DockerUnavailableException(
                        "No Docker engine answers at " + host() + " (" + rootMessage(e)
                                + "). Pushing an image needs a local Docker Engine: start Docker, or point "
                                + "gantry.docker.host (or DOCKER_HOST) at one.",
                        e);
            }
            throw e;
        }
    }

    String host() {
        return config.getDockerHost().toString();
    }

    private synchronized DockerClient client() {
        if (client == null) {
            ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                    .dockerHost(config.getDockerHost())
                    .sslConfig(config.getSSLConfig())
                    .maxConnections(16)
                    .connectionTimeout(Duration.ofSeconds(5))
                    .build();
            client = DockerClientImpl.getInstance(config, http);
        }
        return client;
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public synchronized void close() throws IOException {
        if (client != null) {
            client.close();
        }
    }
}
