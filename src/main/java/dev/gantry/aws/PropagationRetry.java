package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Runs a provider operation again while AWS answers "not visible yet" ({@link PropagationRules}), with exponential
 * backoff and full jitter, until the propagation timeout. This is on top of the SDK's own retries (throttling, 5xx,
 * network), which happen per call inside it. Operations are idempotent (creates find what an earlier attempt made by
 * its token or tag), so running one again continues where the refused call stopped.
 */
final class PropagationRetry {

    private static final Logger log = LoggerFactory.getLogger(PropagationRetry.class);

    private final AwsProperties.Propagation settings;
    private final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();

    PropagationRetry(AwsProperties.Propagation settings) {
        this.settings = settings;
    }

    <T> T run(PropagationRule.Phase phase, String what, Supplier<T> operation) {
        Instant deadline = Instant.now().plus(settings.timeout());
        for (int attempt = 0; ; attempt++) {
            try {
                return operation.get();
            } catch (RuntimeException e) {
                Optional<Refusal> refusal = Refusal.of(phase, e);
                if (refusal.isEmpty()) {
                    throw e;
                }
                Duration delay = delay(attempt);
                if (Instant.now().plus(delay).isAfter(deadline)) {
                    throw new ProviderException(
                            refusal.get().describe() + " (still refused after "
                                    + settings.timeout().toSeconds() + " s of retries: "
                                    + refusal.get().rule().why() + ")",
                            false,
                            e);
                }
                retries.computeIfAbsent(refusal.get().key(), k -> new AtomicLong())
                        .incrementAndGet();
                log.info(
                        "{} of {}: {} ({}); retrying in {} ms",
                        phase.name().toLowerCase(),
                        what,
                        refusal.get().describe(),
                        refusal.get().rule().why(),
                        delay.toMillis());
                sleep(delay);
            }
        }
    }

    /** How many times each rule ("EC2 CreateTags InvalidVpcID.NotFound") was waited out, since start. */
    Map<String, Long> retries() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        retries.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    /** Jitter: a random wait between half and all of the exponential bound, so parallel actions do not retry in lockstep. */
    private Duration delay(int attempt) {
        long bound = settings.baseDelay().toMillis() << Math.min(attempt, 20);
        long capped = Math.max(1, Math.min(bound, settings.maxDelay().toMillis()));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(capped / 2, capped + 1));
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("Interrupted while waiting for AWS to propagate a change", true, e);
        }
    }

    /** A refused call and the rule that says to wait it out. */
    private record Refusal(PropagationRule rule, String operation, String describe) {

        static Optional<Refusal> of(PropagationRule.Phase phase, RuntimeException e) {
            if (e instanceof NotVisibleYet missing) {
                return Optional.of(new Refusal(NotVisibleYet.RULE, "read", missing.getMessage()));
            }
            if (!(e instanceof AwsServiceException aws)) {
                return Optional.empty();
            }
            Optional<CallNames.FailedCall> call = CallNames.of(aws);
            String service = call.map(CallNames.FailedCall::service).orElse("");
            String operation = call.map(CallNames.FailedCall::operation).orElse("");
            String message = aws.awsErrorDetails() == null
                    ? aws.getMessage()
                    : aws.awsErrorDetails().errorMessage();
            return PropagationRules.match(phase, service, operation, AwsErrors.code(aws), message)
                    .map(rule -> new Refusal(rule, operation, AwsErrors.describe(aws)));
        }

        String key() {
            return rule.service() + " " + operation + " " + rule.errorCode();
        }
    }
}
