package dev.gantry.discovery;

import dev.gantry.changeset.ChangeSetId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Discoveries in progress and recently finished, in memory (as image pushes are): a discovery's outcome lands in
 * its change set, which is durable; the progress is only for watching it.
 */
@Component
class DiscoveryRuns {

    private static final int KEPT = 50;

    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();
    private final Clock clock;

    DiscoveryRuns(Clock clock) {
        this.clock = clock;
    }

    Run start(ChangeSetId changeSet, String startedBy) {
        if (runs.size() >= KEPT) {
            runs.values().stream()
                    .filter(r -> r.finishedAt != null)
                    .min(java.util.Comparator.comparing(r -> r.startedAt))
                    .ifPresent(r -> runs.remove(r.id));
        }
        Run run = new Run(UUID.randomUUID(), changeSet, startedBy, clock.instant(), clock);
        runs.put(run.id, run);
        return run;
    }

    Optional<DiscoveryView> find(UUID id) {
        return Optional.ofNullable(runs.get(id)).map(Run::view);
    }

    /** One discovery's progress; written by its worker, read by anyone. */
    static final class Run {
        final UUID id;
        final ChangeSetId changeSet;
        final String startedBy;
        final Instant startedAt;
        private final Clock clock;
        private final Map<String, DiscoveryView.TypeProgress> types = new LinkedHashMap<>();
        private final List<String> findings = new ArrayList<>();
        private String status = "running";
        private String phase = "Starting";
        private int drawn;
        private int managed;
        private volatile Instant finishedAt;

        Run(UUID id, ChangeSetId changeSet, String startedBy, Instant startedAt, Clock clock) {
            this.id = id;
            this.changeSet = changeSet;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
            this.clock = clock;
        }

        synchronized void phase(String text) {
            phase = text;
        }

        synchronized void progress(String type, int listed, int read, int kept) {
            types.put(type, new DiscoveryView.TypeProgress(type, listed, read, kept));
        }

        synchronized void finding(String text) {
            findings.add(text);
        }

        synchronized void succeeded(int drawnComponents, int managedResources, List<String> leftOut) {
            drawn = drawnComponents;
            managed = managedResources;
            findings.addAll(leftOut);
            status = "succeeded";
            phase = "Done: " + drawnComponents + " component(s) to review in the change set";
            finishedAt = clock.instant();
        }

        synchronized void failed(String why) {
            status = "failed";
            phase = "Failed: " + why;
            finishedAt = clock.instant();
        }

        synchronized DiscoveryView view() {
            return new DiscoveryView(
                    id,
                    changeSet,
                    status,
                    phase,
                    new ArrayList<>(types.values()),
                    drawn,
                    managed,
                    findings,
                    startedBy,
                    startedAt,
                    finishedAt);
        }
    }
}
