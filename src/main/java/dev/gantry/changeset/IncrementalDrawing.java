package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Connection;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import dev.gantry.model.Qualification;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Draws a change set from its model: from scratch, or from the drawing of an earlier version, resolving again only
 * the components an edit reached. Resolving every component after every edit made each edit cost the whole change
 * set (175 ms per edit at 10,000 components); what an edit reaches is usually a handful.
 *
 * <p>An edit replaces the records it changes and keeps the others (the change set's cache hands the same decoded
 * component to every read until its row changes), so the records that are not the previous drawing's, the removed
 * ones and the ends of added or removed edges are what changed. A change reaches, structurally, everything inside a
 * changed component (frames feed their content at any depth) and the up frames around it (they collect from their
 * content), before and after the edit; from there values flow along connections: the previous drawing's, and the
 * model's own idea of what may follow ({@link Model#downstream}). Connections depend on structure and names only,
 * never on values, so the previous drawing's connections are the ones an unchanged component still has.
 */
final class IncrementalDrawing {

    private IncrementalDrawing() {}

    static Drawing full(ChangeSetId changeSet, Model model) {
        return draw(changeSet, model, null, Set.of());
    }

    /** The change set as {@code model} has it, taking from {@code previous} what no change reached. */
    static Drawing next(ChangeSetId changeSet, Model model, Drawing previous) {
        Set<ComponentId> changed = changed(model, previous);
        return draw(changeSet, model, previous, reached(model, previous, changed));
    }

    private static Drawing draw(
            ChangeSetId changeSet, Model model, @Nullable Drawing previous, Set<ComponentId> reached) {
        List<Component> records = List.copyOf(model.components());
        Map<ComponentId, ComponentView> views = HashMap.newHashMap(records.size());
        Map<ComponentId, List<Connection>> inbound = HashMap.newHashMap(records.size());
        Map<ComponentId, List<Qualification>> qualifications = new LinkedHashMap<>();
        for (Component c : records) {
            ComponentId id = c.id();
            boolean resolve = previous == null || reached.contains(id);
            views.put(id, resolve ? Views.component(changeSet, model, id) : previous.views.get(id));
            List<Connection> in = resolve ? model.connectionsInto(id) : previous.inbound.getOrDefault(id, List.of());
            if (!in.isEmpty()) {
                inbound.put(id, in);
            }
            List<Qualification> found = resolve
                    ? model.qualifications(id)
                    : previous.qualifications().getOrDefault(id, List.of());
            if (!found.isEmpty()) {
                qualifications.put(id, found);
            }
        }
        Map<ComponentId, Set<ComponentId>> fedBy =
                previous == null ? fedBy(inbound) : fedBy(previous, inbound, reached);
        return new Drawing(changeSet, records, Set.copyOf(model.edges()), views, inbound, fedBy, qualifications);
    }

    /** The components each component's connections feed, by source: the inverse of {@code inbound}. */
    static Map<ComponentId, Set<ComponentId>> fedBy(Map<ComponentId, List<Connection>> inbound) {
        Map<ComponentId, Set<ComponentId>> targets = new HashMap<>();
        inbound.forEach((target, connections) -> connections.forEach(
                c -> targets.computeIfAbsent(c.from(), k -> new HashSet<>()).add(target)));
        return targets;
    }

    /**
     * The previous drawing's index with the reached components' connections taken out and put back as they are now
     * (only those changed): rebuilding it from every connection was half of drawing an edit at 1,000 components.
     * The previous index's sets are copied before they change; it stays as it was.
     */
    private static Map<ComponentId, Set<ComponentId>> fedBy(
            Drawing previous, Map<ComponentId, List<Connection>> inbound, Set<ComponentId> reached) {
        if (reached.isEmpty()) {
            return previous.fedBy;
        }
        Map<ComponentId, Set<ComponentId>> targets = new HashMap<>(previous.fedBy);
        Set<ComponentId> copied = new HashSet<>();
        Function<ComponentId, Set<ComponentId>> writable = source -> {
            if (copied.add(source)) {
                targets.put(source, new HashSet<>(targets.getOrDefault(source, Set.of())));
            }
            return targets.get(source);
        };
        for (ComponentId target : reached) {
            previous.inbound
                    .getOrDefault(target, List.of())
                    .forEach(c -> writable.apply(c.from()).remove(target));
        }
        for (ComponentId target : reached) {
            inbound.getOrDefault(target, List.of())
                    .forEach(c -> writable.apply(c.from()).add(target));
        }
        copied.stream().filter(source -> targets.get(source).isEmpty()).forEach(targets::remove);
        return targets;
    }

    /** Added, removed and replaced components, and both ends of every edge added or removed. */
    private static Set<ComponentId> changed(Model model, Drawing previous) {
        Set<ComponentId> changed = new HashSet<>();
        int kept = 0;
        for (Component c : model.components()) {
            Component before = previous.records.get(c.id());
            if (before != null) {
                kept++;
            }
            if (before != c) {
                changed.add(c.id());
            }
        }
        if (kept < previous.records.size()) {
            previous.records.keySet().stream()
                    .filter(id -> model.find(id).isEmpty())
                    .forEach(changed::add);
        }
        Set<Edge> now = model.edges();
        int stayed = 0;
        for (Edge e : now) {
            if (previous.edges.contains(e)) {
                stayed++;
            } else {
                ends(e, changed);
            }
        }
        if (stayed < previous.edges.size()) {
            previous.edges.stream().filter(e -> !now.contains(e)).forEach(e -> ends(e, changed));
        }
        return changed;
    }

    private static void ends(Edge e, Set<ComponentId> into) {
        into.add(e.from());
        into.add(e.to());
    }

    /** What the changes reach: their structure first, then wherever values flow from there. */
    private static Set<ComponentId> reached(Model model, Drawing previous, Set<ComponentId> changed) {
        if (changed.isEmpty()) {
            return Set.of();
        }
        Tree before = Tree.of(previous);
        Tree now = Tree.of(model);
        Deque<ComponentId> work = new ArrayDeque<>();
        for (ComponentId id : changed) {
            work.add(id);
            before.affectedBy(id, work);
            now.affectedBy(id, work);
        }
        Set<ComponentId> reached = new HashSet<>();
        while (!work.isEmpty()) {
            ComponentId id = work.pop();
            if (reached.add(id)) {
                work.addAll(previous.fedBy.getOrDefault(id, Set.of()));
                work.addAll(model.downstream(List.of(id))); // nothing for a component the edit removed
            }
        }
        return reached;
    }

    /**
     * Frames and their content, as the model has them now or as the previous drawing had them: the same walk over
     * either.
     */
    private record Tree(
            Function<ComponentId, @Nullable Component> find, Function<ComponentId, List<ComponentId>> children) {

        static Tree of(Model model) {
            return new Tree(
                    id -> model.find(id).orElse(null),
                    id -> model.children(id).stream().map(Component::id).toList());
        }

        /** Its frames' content is indexed when first asked: a leaf's edit, the usual one, never asks. */
        static Tree of(Drawing drawing) {
            Map<ComponentId, List<ComponentId>> byParent = new HashMap<>();
            return new Tree(drawing.records::get, id -> {
                if (byParent.isEmpty()) {
                    drawing.records.values().forEach(c -> {
                        if (c.parent() != null) {
                            byParent.computeIfAbsent(c.parent(), k -> new ArrayList<>())
                                    .add(c.id());
                        }
                    });
                }
                return byParent.getOrDefault(id, List.of());
            });
        }

        /** What a change of {@code id} reaches in this tree: everything inside it and the up frames around it. */
        void affectedBy(ComponentId id, Collection<ComponentId> into) {
            Component c = find.apply(id);
            if (c == null) {
                return;
            }
            inside(c, into);
            for (Component p = parent(c); p != null; p = parent(p)) {
                if (p.type() == ComponentType.UP_FRAME) {
                    into.add(p.id());
                }
            }
        }

        private void inside(Component frame, Collection<ComponentId> into) {
            if (frame.type() == ComponentType.COMPONENT) {
                return;
            }
            for (ComponentId child : children.apply(frame.id())) {
                into.add(child);
                Component record = find.apply(child);
                if (record != null) {
                    inside(record, into);
                }
            }
        }

        private @Nullable Component parent(Component c) {
            return c.parent() == null ? null : find.apply(c.parent());
        }
    }
}
