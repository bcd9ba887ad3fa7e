package dev.gantry.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A condition for {@code page.waitForCondition} that reads the server's state (through the services, or the page),
 * checked at most every {@link #EVERY}. Playwright re-checks a condition after every message from the browser and
 * at least every 10 ms: a condition that reads a change set's components or connections ran a hundred
 * transactions a second, and on two cores took much of one from the server and the browser being waited for.
 */
final class ServerPolls {

    static final Duration EVERY = Duration.ofMillis(50);

    private ServerPolls() {}

    /** {@code condition}, read at once and then no more often than {@link #EVERY}; false in between. */
    static BooleanSupplier of(BooleanSupplier condition) {
        long[] next = {System.nanoTime()};
        return () -> {
            long now = System.nanoTime();
            if (now - next[0] < 0) {
                return false;
            }
            next[0] = now + EVERY.toNanos();
            return condition.getAsBoolean();
        };
    }
}
