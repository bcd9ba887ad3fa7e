package dev.gantry.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copy and paste of a selection: the frames' content comes along, and so do the edges inside the selection. */
final class Clipboard {

    private final Model model;

    Clipboard(Model model) {
        this.model = model;
    }

    Map<ComponentId, ComponentId> paste(Collection<ComponentId> selection, ComponentId target, double dx, double dy) {
        List<Component> originals = new ArrayList<>();
        selection.forEach(id -> collect(model.require(id), originals));
        Map<ComponentId, ComponentId> newIds = new LinkedHashMap<>();
        originals.forEach(c -> newIds.putIfAbsent(c.id(), ComponentId.random()));
        for (Component original : originals) {
            boolean innerOfSelection = original.parent() != null && newIds.containsKey(original.parent());
            ComponentId parent = innerOfSelection ? newIds.get(original.parent()) : target;
            Geometry geometry = innerOfSelection ? original.geometry() : outerGeometry(original, target, dx, dy);
            Component copy = original.copyAs(newIds.get(original.id()), parent, geometry);
            if (model.find(copy.id()).isEmpty()) {
                model.insertNew(copy);
            }
        }
        for (Component original : originals) {
            for (Edge e : List.copyOf(model.graph().edgesOutOf(original.id()))) {
                if (newIds.containsKey(e.to())) {
                    model.connect(newIds.get(e.from()), e.output(), newIds.get(e.to()), e.input());
                }
            }
        }
        return newIds;
    }

    /** Parents are visited before their content, so pasted frames exist before what goes inside them. */
    private void collect(Component c, List<Component> out) {
        if (out.stream().noneMatch(o -> o.id().equals(c.id()))) {
            out.add(c);
            model.children(c.id()).forEach(child -> collect(child, out));
        }
    }

    private Geometry outerGeometry(Component original, ComponentId target, double dx, double dy) {
        Geometry absolute = model.absoluteGeometry(original.id());
        Geometry origin = target == null ? new Geometry(0, 0, 0, 0) : model.absoluteGeometry(target);
        return absolute.movedBy(dx - origin.x(), dy - origin.y());
    }
}
