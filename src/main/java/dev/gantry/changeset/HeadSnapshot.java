package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Edge;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * HEAD's rows exactly as committed at one {@code head_version}, decoded once and shared by every reader of that
 * version. Nothing here is ever changed after construction: the collections are unmodifiable, and the JSON
 * nodes follow {@link Component}'s rule that nodes are never changed in place (every edit builds new ones).
 */
final class HeadSnapshot {

    final long version;
    /** Stored rows, for the three-way merge and the overlay's base. */
    final Map<ComponentId, ComponentRows.HeadRow> rows;
    /** The same rows decoded, so that loading a change set does not decode 10,000 components each time. */
    private final Map<ComponentId, Component> components;

    final Set<Edge> edges;

    private HeadSnapshot(
            long version,
            Map<ComponentId, ComponentRows.HeadRow> rows,
            Map<ComponentId, Component> components,
            Set<Edge> edges) {
        this.version = version;
        this.rows = Collections.unmodifiableMap(rows);
        this.components = Collections.unmodifiableMap(components);
        this.edges = Collections.unmodifiableSet(edges);
    }

    static HeadSnapshot of(long version, List<ComponentRows.HeadRow> rows, Collection<Edge> edges) {
        Map<ComponentId, ComponentRows.HeadRow> byId = new LinkedHashMap<>();
        Map<ComponentId, Component> decoded = new LinkedHashMap<>();
        for (ComponentRows.HeadRow r : rows) {
            byId.put(r.id(), r);
            decoded.put(r.id(), decode(r));
        }
        return new HeadSnapshot(version, byId, decoded, new LinkedHashSet<>(edges));
    }

    /** HEAD one version later, where the only change is one component's resource column (apply's records). */
    @Nullable
    HeadSnapshot withResource(long newVersion, ComponentId id, ObjectNode resource) {
        ComponentRows.HeadRow old = rows.get(id);
        if (old == null) {
            return null; // not derivable: the next reader loads HEAD instead
        }
        ComponentRows.HeadRow row = new ComponentRows.HeadRow(id, old.data(), resource, newVersion);
        Map<ComponentId, ComponentRows.HeadRow> byId = new LinkedHashMap<>(rows);
        byId.put(id, row);
        Map<ComponentId, Component> decoded = new LinkedHashMap<>(components);
        decoded.put(id, decode(row));
        return new HeadSnapshot(newVersion, byId, decoded, edges);
    }

    Component component(ComponentId id) {
        return components.get(id);
    }

    Collection<Component> components() {
        return components.values();
    }

    private static Component decode(ComponentRows.HeadRow r) {
        return ComponentCodec.component(r.id(), r.data(), ComponentCodec.resource(r.resource()));
    }
}
