package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import dev.gantry.model.ModelChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change set's overlay over HEAD, and the views composed from them. HEAD comes from a shared, immutable
 * {@link HeadSnapshot}: nothing here changes it, and the overlay is what the change set stores itself.
 */
final class LoadedChangeSet {

    final HeadSnapshot snapshot;
    final Map<ComponentId, ComponentRows.HeadRow> head;
    final Map<ComponentId, ComponentRows.OverlayRow> overlay = new LinkedHashMap<>();
    final Set<Edge> headEdges;
    final List<ComponentRows.OverlayEdge> overlayEdges;

    /** Components decoded from overlay rows, shared by the loads of one version (see {@link OverlayCache}). */
    private final Map<ComponentId, OverlayCache.Decoded> decoded;

    LoadedChangeSet(
            HeadSnapshot snapshot, ComponentRows.Overlay stored, Map<ComponentId, OverlayCache.Decoded> decoded) {
        this.snapshot = snapshot;
        this.decoded = decoded;
        this.head = snapshot.rows;
        this.headEdges = snapshot.edges;
        stored.components().forEach(r -> overlay.put(r.id(), r));
        this.overlayEdges = stored.edges();
    }

    /** The change set's stored data of a component as the user sees it now; null when absent. */
    @Nullable
    ObjectNode effectiveData(ComponentId id) {
        ComponentRows.HeadRow h = head.get(id);
        ComponentRows.OverlayRow o = overlay.get(id);
        if (o == null) {
            return h == null ? null : h.data();
        }
        if (o.removal() != null) {
            return null;
        }
        if (h == null && o.base() != null && Objects.equals(FieldMerge.fields(o.base()), FieldMerge.fields(o.data()))) {
            return null; // deleted on HEAD and untouched here: it is gone
        }
        return FieldMerge.effective(o.base(), h == null ? null : h.data(), o.data());
    }

    Model model(ModelFactory factory) {
        List<Component> components = new ArrayList<>(head.size() + overlay.size());
        for (Component c : snapshot.components()) {
            if (!overlay.containsKey(c.id())) {
                components.add(c); // untouched here: HEAD's decoded component as it is
            } else {
                addEffective(components, c.id());
            }
        }
        for (ComponentId id : overlay.keySet()) {
            if (!head.containsKey(id)) {
                addEffective(components, id);
            }
        }
        Set<Edge> edges = new LinkedHashSet<>(headEdges);
        for (ComponentRows.OverlayEdge e : overlayEdges) {
            if (e.removed()) {
                edges.remove(e.edge());
            } else {
                edges.add(e.edge());
            }
        }
        return factory.build(components, edges);
    }

    Model headModel(ModelFactory factory) {
        return factory.build(snapshot.components(), headEdges);
    }

    /** Components the change set changed itself, or whose inputs it rewired. */
    Set<ComponentId> touched() {
        Set<ComponentId> ids = new LinkedHashSet<>(overlay.keySet());
        overlayEdges.forEach(e -> ids.add(e.edge().to()));
        return ids;
    }

    Map<ComponentId, ModelChanges.Removal> removed() {
        Map<ComponentId, ModelChanges.Removal> out = new LinkedHashMap<>();
        overlay.values().stream()
                .filter(o -> o.removal() != null)
                .forEach(o -> out.put(o.id(), ModelChanges.Removal.valueOf(o.removal())));
        return out;
    }

    List<Conflict> conflicts() {
        List<Conflict> found = new ArrayList<>();
        for (ComponentRows.OverlayRow o : overlay.values()) {
            ComponentRows.HeadRow h = head.get(o.id());
            found.addAll(FieldMerge.conflicts(o.id(), o.base(), h == null ? null : h.data(), o.data()));
        }
        return found;
    }

    private void addEffective(List<Component> components, ComponentId id) {
        ComponentRows.OverlayRow row = overlay.get(id);
        ComponentRows.HeadRow headRow = head.get(id);
        OverlayCache.Decoded known = decoded.get(id);
        if (known != null && known.row() == row && known.head() == headRow) {
            components.add(known.component()); // the same rows as last time: the same component
            return;
        }
        ObjectNode data = effectiveData(id);
        if (data != null) {
            Component component = ComponentCodec.component(id, data, resourceOf(id));
            decoded.put(id, new OverlayCache.Decoded(row, headRow, component));
            components.add(component);
        }
    }

    private dev.gantry.model.ResourceData resourceOf(ComponentId id) {
        Component h = snapshot.component(id);
        return h == null ? null : h.resource();
    }
}
