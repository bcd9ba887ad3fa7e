package dev.gantry.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a diagram: components by id, which frame holds which, and the drawn edges, indexed both ways.
 * It knows nothing of values, the catalogue or validation; {@link Model} checks an edit, then changes this.
 */
final class ComponentGraph {

    private final Map<ComponentId, Component> components = new LinkedHashMap<>();
    private final Map<ComponentId, List<ComponentId>> children = new HashMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    private final Map<ComponentId, Set<Edge>> edgesInto = new HashMap<>();
    private final Map<ComponentId, Set<Edge>> edgesOutOf = new HashMap<>();

    // ---- reading

    /** Null when absent. */
    Component get(ComponentId id) {
        return components.get(id);
    }

    boolean contains(ComponentId id) {
        return components.containsKey(id);
    }

    Collection<Component> components() {
        return Collections.unmodifiableCollection(components.values());
    }

    Set<ComponentId> ids() {
        return Collections.unmodifiableSet(components.keySet());
    }

    Set<Edge> edges() {
        return Collections.unmodifiableSet(edges);
    }

    List<ComponentId> childIds(ComponentId frame) {
        return children.getOrDefault(frame, List.of());
    }

    Component parentOf(Component c) {
        return c.parent() == null ? null : components.get(c.parent());
    }

    Set<Edge> edgesInto(ComponentId id) {
        return edgesInto.getOrDefault(id, Set.of());
    }

    Set<Edge> edgesOutOf(ComponentId id) {
        return edgesOutOf.getOrDefault(id, Set.of());
    }

    /** The component and everything inside it, frames before their content. */
    List<ComponentId> subtree(ComponentId id) {
        List<ComponentId> out = new ArrayList<>();
        collectSubtree(id, out);
        return out;
    }

    /** The position of a component on the canvas, adding up the offsets of the frames around it. */
    Geometry absoluteGeometry(Component c) {
        Geometry g = c.geometry();
        for (Component p = parentOf(c); p != null; p = parentOf(p)) {
            g = g.movedBy(p.geometry().x(), p.geometry().y());
        }
        return g;
    }

    /** A component's frame connections depend on its ancestors (down frames) and content (up frames). */
    Set<ComponentId> structurallyAffected(ComponentId id) {
        Set<ComponentId> affected = new LinkedHashSet<>(subtree(id));
        for (Component p = parentOf(components.get(id)); p != null; p = parentOf(p)) {
            affected.add(p.id());
        }
        return affected;
    }

    /**
     * The components whose values may follow from these: edge targets, everything inside a down frame (at any depth,
     * through up frames too), collecting up frames.
     */
    Set<ComponentId> downstream(Collection<ComponentId> ids) {
        Set<ComponentId> seen = new LinkedHashSet<>();
        List<ComponentId> work = new ArrayList<>(ids);
        while (!work.isEmpty()) {
            ComponentId id = work.removeLast();
            Component c = components.get(id);
            if (c == null || !seen.add(id)) {
                continue;
            }
            edgesOutOf(id).forEach(e -> work.add(e.to()));
            if (c.type() == ComponentType.DOWN_FRAME) {
                // Its outputs feed every level inside it, up frames' content included, not only its children.
                work.addAll(subtree(id));
            }
            for (Component p = parentOf(c); p != null; p = parentOf(p)) {
                if (p.type() == ComponentType.UP_FRAME) {
                    work.add(p.id());
                }
            }
        }
        return seen;
    }

    // ---- changing

    void insert(Component c) {
        components.put(c.id(), c);
        children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c.id());
    }

    /** Replaces a component that stays in the same frame. */
    void replace(Component c) {
        components.put(c.id(), c);
    }

    /** Replaces a component that moved to another frame ({@code moved.parent()}). */
    void moveToFrame(Component moved) {
        detachFromFrame(components.get(moved.id()));
        components.put(moved.id(), moved);
        children.computeIfAbsent(moved.parent(), k -> new ArrayList<>()).add(moved.id());
    }

    /** Adds an edge; false when it was already there. */
    boolean link(Edge e) {
        if (!edges.add(e)) {
            return false;
        }
        edgesInto.computeIfAbsent(e.to(), k -> new LinkedHashSet<>()).add(e);
        edgesOutOf.computeIfAbsent(e.from(), k -> new LinkedHashSet<>()).add(e);
        return true;
    }

    void unlink(Edge e) {
        edges.remove(e);
        edgesInto.getOrDefault(e.to(), new LinkedHashSet<>()).remove(e);
        edgesOutOf.getOrDefault(e.from(), new LinkedHashSet<>()).remove(e);
    }

    /** Removes a subtree whose edges are already unlinked; {@code subtree} starts with its root. */
    void removeSubtree(List<ComponentId> subtree) {
        detachFromFrame(components.get(subtree.getFirst()));
        for (ComponentId gone : subtree) {
            components.remove(gone);
            children.remove(gone);
        }
    }

    private void detachFromFrame(Component c) {
        List<ComponentId> siblings = children.get(c.parent());
        if (siblings != null) {
            siblings.remove(c.id());
        }
    }

    private void collectSubtree(ComponentId id, List<ComponentId> out) {
        out.add(id);
        childIds(id).forEach(child -> collectSubtree(child, out));
    }
}
