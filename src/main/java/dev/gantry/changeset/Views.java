package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Model;
import dev.gantry.model.ResolvedComponent;
import tools.jackson.databind.node.ObjectNode;

/** Builds the records views get; secrets leave only as {@code <redacted>}. */
final class Views {

    private Views() {}

    static ComponentView component(ChangeSetId changeSet, Model model, ComponentId id) {
        ResolvedComponent r = model.resolve(id);
        Component c = r.component();
        ObjectNode manual = c.domain().deepCopy();
        ObjectNode values = r.domain().deepCopy();
        c.secrets().propertyNames().forEach(name -> {
            manual.put(name, "<redacted>");
            values.put(name, "<redacted>");
        });
        return new ComponentView(
                changeSet,
                c.id(),
                c.name(),
                c.assetName(),
                c.type(),
                c.parent(),
                c.geometry(),
                manual,
                values,
                r.sources(),
                r.context(),
                ComponentCodec.detached(c.resource()),
                c.imported(),
                changeSet.isHead() ? model.drift(id) : java.util.List.of());
    }
}
