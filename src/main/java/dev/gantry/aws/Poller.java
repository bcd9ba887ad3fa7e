package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits for something the cloud finishes later (a NAT gateway becoming available, a Cloud Control request
 * succeeding). Starts at the configured interval and backs off to eight times it, so emulators answer within
 * milliseconds while AWS is not polled needlessly often.
 */
final class Poller {

    private static final double BACKOFF = 1.5;
    private static final int MAX_STRETCH = 8;

    private final Duration interval;
    private final Duration timeout;

    Poller(Duration interval, Duration timeout) {
        this.interval = interval;
        this.timeout = timeout;
    }

    /** Calls {@code probe} until it returns a value, and returns it; fails (retryably) after the timeout. */
    <T> T until(String what, Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(timeout);
        Duration wait = interval;
        while (true) {
            Optional<T> result = probe.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new ProviderException("Timed out after " + timeout + " waiting for " + what, true, null);
            }
            sleep(wait);
            wait = stretch(wait);
        }
    }

    /** Like {@link #until} for conditions without a value. */
    void untilTrue(String what, Supplier<Boolean> condition) {
        until(what, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    private Duration stretch(Duration wait) {
        Duration next = Duration.ofNanos((long) (wait.toNanos() * BACKOFF));
        Duration cap = interval.multipliedBy(MAX_STRETCH);
        return next.compareTo(cap) > 0 ? cap : next;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("Interrupted while waiting", true, e);
        }
    }
}
