package dev.gantry.changeset;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A change set's diff, computed once per {@link ContentVersion} and shared: every open tab's change-set bar and
 * review panel asks for it after each edit, and at 1,000 components one diff costs more than the edit did.
 * Only diffs read from committed data are kept (see {@link ChangeSetService#diff}).
 */
@Component
class DiffCache {

    /** Far more change sets than are open at once; beyond it the cache starts over. */
    private static final int MAX_ENTRIES = 256;

    private record Entry(ContentVersion version, DiffView diff) {}

    private final Map<ChangeSetId, Entry> entries = new ConcurrentHashMap<>();
    private final Map<ChangeSetId, Object> locks = new ConcurrentHashMap<>();

    DiffView get(ChangeSetId id, ContentVersion version, Supplier<DiffView> compute) {
        Entry cached = entries.get(id);
        if (cached != null && cached.version().equals(version)) {
            return cached.diff();
        }
        // Tabs that ask at once wait for one computation instead of each making its own.
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            cached = entries.get(id);
            if (cached != null && cached.version().equals(version)) {
                return cached.diff();
            }
            DiffView diff = compute.get();
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                locks.clear();
            }
            entries.put(id, new Entry(version, diff));
            return diff;
        }
    }
}
