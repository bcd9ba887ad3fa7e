package dev.gantry.discovery;

import dev.gantry.action.ApplyService;
import dev.gantry.action.IllegalActionStateException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Refreshes everything on HEAD every {@code gantry.drift.refresh-interval} (off by default), so drift shows
 * without anyone asking. Each instance sharing a database refreshes on its own schedule; a refresh only reads the
 * cloud, so a second one costs calls, never correctness.
 */
@Component
class ScheduledRefresh implements AutoCloseable {

    static final String WHO = "gantry (scheduled refresh)";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRefresh.class);

    private final ScheduledExecutorService timer;

    ScheduledRefresh(DriftProperties properties, ApplyService apply) {
        var interval = properties.refreshInterval();
        if (interval == null || interval.isZero() || interval.isNegative()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("drift-refresh").daemon().factory());
        timer.scheduleWithFixedDelay(
                () -> refresh(apply), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Drift: every resource on HEAD is refreshed every {}", interval);
    }

    private static void refresh(ApplyService apply) {
        try {
            apply.refreshAllAs(WHO);
        } catch (IllegalActionStateException nothingToRefresh) {
            // an empty HEAD: nothing to read
        } catch (RuntimeException e) {
            LOG.warn("Scheduled refresh failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
