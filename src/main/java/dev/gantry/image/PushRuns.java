package dev.gantry.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Recent pushes, in memory: a push is a moment's work, its outcome lives in the registry. */
final class PushRuns {

    private static final int KEPT = 100;

    private final Map<UUID, PushTracker> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, PushTracker> eldest) {
            return size() > KEPT;
        }
    };

    synchronized void add(PushTracker run) {
        runs.put(run.id(), run);
    }

    synchronized Optional<PushTracker> get(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }
}
