package dev.gantry.ui;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.ComponentId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Copies components from one change set into another, frames with everything inside them, keeping their
 * names, types, layout and manual values. Connections drawn among them are not carried over (the model's own
 * paste, within one change set, keeps them); frames give the copies their implicit connections again.
 */
final class CrossChangeSetPaste {

    private static final double OFFSET = 40;

    private final ComponentService components;
    private final CurrentChangeSet current;

    CrossChangeSetPaste(ComponentService components, CurrentChangeSet current) {
        this.components = components;
        this.current = current;
    }

    void paste(ChangeSetId from, List<ComponentId> selection, @Nullable ComponentId parent) {
        List<ComponentView> source = components.list(from);
        Set<ComponentId> chosen = Set.copyOf(selection);
        Map<ComponentId, ComponentId> copies = new HashMap<>();
        for (ComponentView view : parentsFirst(source, chosen)) {
            boolean top = view.parent() == null || !copies.containsKey(view.parent());
            ComponentId into = top ? parent : copies.get(view.parent());
            var geometry = top ? view.geometry().movedBy(OFFSET, OFFSET) : view.geometry();
            ComponentView created = components.create(
                    current.id(),
                    new NewComponent(
                            view.name(), view.assetName(), view.type().label(), into, geometry, view.manual()));
            current.follow(created.changeSetId());
            copies.put(view.id(), created.id());
        }
    }

    /** The selection and everything inside it, each parent before its children. */
    private static List<ComponentView> parentsFirst(List<ComponentView> all, Set<ComponentId> chosen) {
        Map<ComponentId, List<ComponentView>> children = new HashMap<>();
        all.forEach(c -> {
            if (c.parent() != null) {
                children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        });
        List<ComponentView> ordered = new ArrayList<>();
        Map<ComponentId, ComponentView> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<ComponentView> queue = new ArrayList<>(all.stream()
                .filter(c -> chosen.contains(c.id()) && !insideChosen(c, chosen, byId))
                .toList());
        while (!queue.isEmpty()) {
            ComponentView next = queue.removeFirst();
            if (ordered.stream().noneMatch(o -> o.id().equals(next.id()))) {
                ordered.add(next);
                queue.addAll(children.getOrDefault(next.id(), List.of()));
            }
        }
        return ordered;
    }

    private static boolean insideChosen(
            ComponentView c, Set<ComponentId> chosen, Map<ComponentId, ComponentView> byId) {
        int guard = byId.size();
        for (ComponentId p = c.parent();
                p != null && guard-- > 0;
                p = byId.containsKey(p) ? byId.get(p).parent() : null) {
            if (chosen.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
