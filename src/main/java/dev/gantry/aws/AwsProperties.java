package dev.gantry.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the AWS provider ({@code gantry.aws.*}).
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
        URI endpoint,
        @DefaultValue("us-east-1") String defaultRegion,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("30m") Duration pollTimeout,
        @DefaultValue("0s") Duration injectedLatency,
        @DefaultValue Retry retry,
        @DefaultValue Propagation propagation,
        @DefaultValue Ecs ecs) {

    @ConstructorBinding
    public AwsProperties {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "us-east-1" : defaultRegion;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        pollTimeout = pollTimeout == null ? Duration.ofMinutes(30) : pollTimeout;
        injectedLatency = injectedLatency == null ? Duration.ZERO : injectedLatency;
        retry = retry == null ? new Retry(null, 0) : retry;
        propagation = propagation == null ? new Propagation(null, null, null) : propagation;
        ecs = ecs == null ? new Ecs(null, null) : ecs;
    }

    public AwsProperties(URI endpoint, String defaultRegion, Duration pollInterval, Duration pollTimeout,
                         Duration injectedLatency) {
        this(endpoint, defaultRegion, pollInterval, pollTimeout, injectedLatency, null, null, null);
    }

    /** The real-AWS defaults: no endpoint override, 2 s polls, no injected latency. */
    public static AwsProperties defaults() {
        return new AwsProperties(null, null, null, null, null);
    }

    public Optional<URI> endpointOverride() {
        return Optional.ofNullable(endpoint);
    }

    public AwsProperties withPropagation(Propagation propagation) {
        return new AwsProperties(endpoint, defaultRegion, pollInterval, pollTimeout, injectedLatency, retry,
                propagation, ecs);
    }

    public AwsProperties withEcs(Ecs ecs) {
        return new AwsProperties(endpoint, defaultRegion, pollInterval, pollTimeout, injectedLatency, retry,
                propagation, ecs);
    }

    /**
     * The SDK's retry strategy for every call ({@code gantry.aws.retry.*}): throttling, 5xx answers and network
     * errors are retried by the SDK with its backoff (and, in adaptive mode, client-side rate limiting).
     *
     * @param mode        {@code standard} (default) or {@code adaptive}, as the SDK's {@code RetryMode}
     * @param maxAttempts attempts per call including the first (default 10); the standard mode's 3 is too few
     *                    for an apply that makes hundreds of calls while AWS throttles
     */
    public record Retry(@DefaultValue("standard") String mode, @DefaultValue("10") int maxAttempts) {
        public Retry {
            mode = mode == null || mode.isBlank() ? "standard" : mode;
            maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
        }
    }

    /**
     * How long and how fast an action retries an answer that means "not visible yet" ({@code gantry.aws.propagation.*}):
     * exponential backoff from {@code baseDelay}, capped at {@code maxDelay}, with full jitter, until {@code timeout}.
     */
    public record Propagation(@DefaultValue("5m") Duration timeout, @DefaultValue("1s") Duration baseDelay,
                              @DefaultValue("20s") Duration maxDelay) {
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
    public record Ecs(@DefaultValue("auto") String steadyState, @DefaultValue("10m") Duration steadyStateTimeout) {
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
