package dev.gantry.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What edits did to a model since the last {@link Model#drainChanges()}: the store persists exactly this,
 * the audit log records it and change events name the components.
 */
public record ModelChanges(
        Set<ComponentId> upserted, Map<ComponentId, Removal> removed, Set<Edge> edgesAdded, Set<Edge> edgesRemoved) {

    /** Delete queues a cloud delete for a component with a resource; erase forgets without touching the cloud. */
    public enum Removal {
        DELETE,
        ERASE
    }

    public ModelChanges {
        upserted = Set.copyOf(upserted);
        removed = Map.copyOf(removed);
        edgesAdded = Set.copyOf(edgesAdded);
        edgesRemoved = Set.copyOf(edgesRemoved);
    }

    public Set<ComponentId> componentIds() {
        Set<ComponentId> ids = new LinkedHashSet<>(upserted);
        ids.addAll(removed.keySet());
        edgesAdded.forEach(e -> ids.add(e.to()));
        edgesRemoved.forEach(e -> ids.add(e.to()));
        return ids;
    }

    public boolean isEmpty() {
        return upserted.isEmpty() && removed.isEmpty() && edgesAdded.isEmpty() && edgesRemoved.isEmpty();
    }

    /** Collects changes as edits happen; a later edit of the same thing supersedes the earlier one. */
    static final class Recorder {
        private final Set<ComponentId> upserted = new LinkedHashSet<>();
        private final Map<ComponentId, Removal> removed = new LinkedHashMap<>();
        private final Set<Edge> added = new LinkedHashSet<>();
        private final Set<Edge> dropped = new LinkedHashSet<>();

        void upsert(ComponentId id) {
            removed.remove(id);
            upserted.add(id);
        }

        void remove(ComponentId id, Removal how) {
            upserted.remove(id);
            removed.put(id, how);
        }

        void addEdge(Edge e) {
            if (!dropped.remove(e)) {
                added.add(e);
            }
        }

        void removeEdge(Edge e) {
            if (!added.remove(e)) {
                dropped.add(e);
            }
        }

        ModelChanges drain() {
            ModelChanges c = new ModelChanges(upserted, removed, added, dropped);
            upserted.clear();
            removed.clear();
            added.clear();
            dropped.clear();
            return c;
        }
    }
}
