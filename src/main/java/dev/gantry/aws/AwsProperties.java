package dev.gantry.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the AWS provider ({@code gantry.aws.*}). An unset setting is null when bound and gets its default
 * here, the one place it is stated: {@code us-east-1}, 2 s polls, a 30 min timeout, no injected latency, the SDK's
 * standard retries with 10 attempts, a 5 min propagation timeout, ECS steady state waited for against AWS only.
 *
 * @param endpoint        an endpoint override for every service (moto, LocalStack); a component's own endpoint wins
 * @param defaultRegion   used when a request names no region
 * @param pollInterval    the first wait between polls of something that becomes ready later (NAT gateway, ALB,
 *                        Cloud Control request); later waits back off up to eight times this
 * @param pollTimeout     how long to wait for a resource to become ready or gone before failing the action
 * @param injectedLatency a benchmark aid: sleep this long before every AWS call, to measure how apply overlaps
 *                        cloud calls; zero (the default) in real use
 * @param retry           the SDK's own retries of throttling, 5xx and network errors, per call
 * @param propagation     Gantry's retries of "not visible yet" answers (see {@link PropagationRules}), per action
 * @param ecs             whether creates and updates of ECS services wait for a steady state
 */
@ConfigurationProperties("gantry.aws")
public record AwsProperties(
        @Nullable URI endpoint,
        String defaultRegion,
        Duration pollInterval,
        Duration pollTimeout,
        Duration injectedLatency,
        Retry retry,
        Propagation propagation,
        Ecs ecs) {

    // The defaults, stated once: what an unset (or blank) setting becomes.

    @ConstructorBinding
    public AwsProperties {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "us-east-1" : defaultRegion;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        pollTimeout = pollTimeout == null ? Duration.ofMinutes(30) : pollTimeout;
        injectedLatency = injectedLatency == null ? Duration.ZERO : injectedLatency;
        retry = retry == null ? new Retry(null, null) : retry;
        propagation = propagation == null ? new Propagation(null, null, null) : propagation;
        ecs = ecs == null ? new Ecs(null, null) : ecs;
    }

    public AwsProperties(
            @Nullable URI endpoint,
            @Nullable String defaultRegion,
            @Nullable Duration pollInterval,
            @Nullable Duration pollTimeout,
            @Nullable Duration injectedLatency) {
        this(endpoint, defaultRegion, pollInterval, pollTimeout, injectedLatency, null, null, null);
    }

    /** The real-AWS defaults: no endpoint override, 2 s polls, no injected latency. */
    public static AwsProperties defaults() {
        return new AwsProperties(null, null, null, null, null);
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    public AwsProperties withEcs(Ecs ecs) {
        return new AwsProperties(
                endpoint, defaultRegion, pollInterval, pollTimeout, injectedLatency, retry, propagation, ecs);
    }

    /**
     * The SDK's retry strategy for every call ({@code gantry.aws.retry.*}): throttling, 5xx answers and network
     * errors are retried by the SDK with its backoff (and, in adaptive mode, client-side rate limiting).
     *
     * @param mode        {@code standard} (default) or {@code adaptive}, as the SDK's {@code RetryMode}
     * @param maxAttempts attempts per call including the first (default 10); the standard mode's 3 is too few
     *                    for an apply that makes hundreds of calls while AWS throttles
     */
    public record Retry(String mode, Integer maxAttempts) {
        public Retry {
            mode = mode == null || mode.isBlank() ? "standard" : mode;
            maxAttempts = maxAttempts == null || maxAttempts <= 0 ? 10 : maxAttempts;
        }
    }

    /**
     * How long and how fast an action retries an answer that means "not visible yet" ({@code gantry.aws.propagation.*}):
     * exponential backoff from {@code baseDelay} (1 s), capped at {@code maxDelay} (20 s), with jitter, until
     * {@code timeout} (5 min).
     */
    public record Propagation(Duration timeout, Duration baseDelay, Duration maxDelay) {
        public Propagation {
            timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
            baseDelay = baseDelay == null ? Duration.ofSeconds(1) : baseDelay;
            maxDelay = maxDelay == null ? Duration.ofSeconds(20) : maxDelay;
        }
    }

    /**
     * Waiting for ECS services to reach a steady state ({@code gantry.aws.ecs.*}).
     *
     * @param steadyState        {@code auto} (default: wait against AWS, not against an emulator endpoint, where
     *                           tasks never run), {@code on} or {@code off}
     * @param steadyStateTimeout how long to wait before failing the action (default 10 minutes)
     */
    public record Ecs(String steadyState, Duration steadyStateTimeout) {
        public Ecs {
            steadyState = steadyState == null || steadyState.isBlank() ? "auto" : steadyState.toLowerCase();
            steadyStateTimeout = steadyStateTimeout == null ? Duration.ofMinutes(10) : steadyStateTimeout;
        }

        boolean waitsForSteadyState(boolean emulator) {
            return switch (steadyState) {
                case "on", "true" -> true;
                case "off", "false" -> false;
                default -> !emulator;
            };
        }
    }
}
