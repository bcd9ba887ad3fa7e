package dev.gantry;

import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (moto, dockerd, a registry). Missing on a developer's machine, the test is
 * reported as skipped with the reason; on CI ({@code CI=true}, which {@code .ci/run} sets after installing
 * everything) it fails instead, so that a broken install step cannot hide as a row of skipped tests.
 */
public final class Needs {

    private Needs() {}

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or, on CI, fails) the test with {@code reason} unless {@code available}. */
    public static void require(boolean available, Supplier<String> reason) {
        if (available) {
            return;
        }
        if (onCi()) {
            Assertions.fail("CI=true, so this is a failure and not a skip: " + reason.get());
        }
        Assumptions.abort(reason.get());
    }
}
