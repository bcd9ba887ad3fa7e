package dev.gantry.image;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the image push ({@code gantry.docker.*}).
 *
 * @param host        the Docker Engine API ({@code unix:///var/run/docker.sock}, {@code tcp://host:2376}); blank
 *                    means Docker's own defaults: {@code DOCKER_HOST}, else the local socket
 * @param pushTimeout how long a push may take before Gantry stops waiting and reports it failed; 30 min when
 *                    unset (stated once, here)
 */
@ConfigurationProperties("gantry.docker")
record DockerProperties(@Nullable String host, Duration pushTimeout) {

    DockerProperties {
        pushTimeout = pushTimeout == null ? Duration.ofMinutes(30) : pushTimeout;
    }
}
