package dev.gantry.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the AWS provider ({@code gantry.aws.*}). An unset setting is null when bound and gets its default
 * here, the one place it is stated: {@code us-east-1}, 2 s polls, a 30 min timeout, no injected latency.
 *
 * @param endpoint        an endpoint override for every service (moto, LocalStack); a component's own endpoint wins
 * @param defaultRegion   used when a request names no region
 * @param pollInterval    the first wait between polls of something that becomes ready later (NAT gateway, ALB,
 *                        Cloud Control request); later waits back off up to eight times this
 * @param pollTimeout     how long to wait for a resource to become ready or gone before failing the action
 * @param injectedLatency a benchmark aid: sleep this long before every AWS call, to measure how apply overlaps
 *                        cloud calls; zero (the default) in real use
 */
@ConfigurationProperties("gantry.aws")
public record AwsProperties(
        @Nullable URI endpoint,
        String defaultRegion,
        Duration pollInterval,
        Duration pollTimeout,
        Duration injectedLatency) {

    // The defaults, stated once: what an unset (or blank) setting becomes.

    public AwsProperties {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "us-east-1" : defaultRegion;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        pollTimeout = pollTimeout == null ? Duration.ofMinutes(30) : pollTimeout;
        injectedLatency = injectedLatency == null ? Duration.ZERO : injectedLatency;
    }

    /** The real-AWS defaults: no endpoint override, 2 s polls, no injected latency. */
    public static AwsProperties defaults() {
        return new AwsProperties(null, null, null, null, null);
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }
}
