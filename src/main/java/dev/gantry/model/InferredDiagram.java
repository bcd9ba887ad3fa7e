package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Draws resources into a model as {@link Containment} placed them: frames first, each resource inside its frame
 * (or inside {@code root}), its properties as manual values except those a connection now feeds, then the
 * explicit edges. A value the catalogue refuses, or an edge it does not allow, is left out and reported: one odd
 * value never stops a whole discovery or template import.
 */
public final class InferredDiagram {

    /**
     * One resource to draw.
     *
     * @param properties its properties in CloudFormation shape; read-only attributes are ignored
     * @param imported   the identifier of the existing resource it adopts, or null to create it on apply
     * @param existing   the component already standing for it (a resource Gantry manages): nothing is drawn, but
     *                   what is drawn may sit in it or connect to it
     */
    public record Entry(
            String key,
            String name,
            String assetName,
            ObjectNode properties,
            @Nullable String imported,
            @Nullable ComponentId existing) {

        public Entry(String key, String name, String assetName, ObjectNode properties, @Nullable String imported) {
            this(key, name, assetName, properties, imported, null);
        }
    }

    /** What was drawn: each key's component, and what had to be left out, one sentence each. */
    public record Drawn(Map<String, ComponentId> components, List<String> leftOut) {
        public Drawn {
            components = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(components));
            leftOut = List.copyOf(leftOut);
        }
    }

    private final Model model;
    private final Map<String, ComponentId> ids = new LinkedHashMap<>();
    private final List<String> leftOut = new ArrayList<>();

    private InferredDiagram(Model model) {
        this.model = model;
    }

    public static Drawn draw(
            Model model, @Nullable ComponentId root, List<Entry> entries, Containment.Placement placement) {
        return new InferredDiagram(model).drawAll(root, entries, placement);
    }

    private Drawn drawAll(@Nullable ComponentId root, List<Entry> entries, Containment.Placement placement) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        Map<String, Set<String>> connected = placement.all().stream()
                .collect(Collectors.groupingBy(
                        ConnectionInference.Reference::to,
                        Collectors.mapping(ConnectionInference.Reference::property, Collectors.toSet())));
        for (Entry entry : entries) {
            drawWithFrames(entry, byKey, placement, connected, root);
        }
        for (ConnectionInference.Reference r : placement.explicit()) {
            connect(r, byKey);
        }
        return new Drawn(ids, leftOut);
    }

    private ComponentId drawWithFrames(
            Entry entry,
            Map<String, Entry> byKey,
            Containment.Placement placement,
            Map<String, Set<String>> connected,
            @Nullable ComponentId root) {
        ComponentId known = ids.get(entry.key());
        if (known != null) {
            return known;
        }
        if (entry.existing() != null) {
            ids.put(entry.key(), entry.existing());
            return entry.existing();
        }
        String frameKey = placement.parentOf(entry.key()).orElse(null);
        ComponentId parent = frameKey == null || !byKey.containsKey(frameKey)
                ? root
                : drawWithFrames(byKey.get(frameKey), byKey, placement, connected, root);
        if (parent != null && !model.require(parent).type().isFrame()) {
            parent = root; // a managed resource that is no frame stays as the user drew it
        }
        ComponentType type =
                placement.frames().contains(entry.key()) ? ComponentType.DOWN_FRAME : ComponentType.COMPONENT;
        Component added = model.add(entry.name(), entry.assetName(), type, parent, null, null);
        ids.put(entry.key(), added.id());
        setValues(added, entry, connected.getOrDefault(entry.key(), Set.of()));
        if (entry.imported() != null) {
            model.markImported(added.id(), entry.imported());
        }
        return added.id();
    }

    /** Each writable property on its own, so that a value the catalogue refuses costs only itself. */
    private void setValues(Component component, Entry entry, Set<String> fedByConnections) {
        Asset asset = model.asset(component);
        ObjectNode values = entry.properties().deepCopy();
        for (String path : fedByConnections) {
            values = ConnectionInference.without(values, path);
        }
        for (Map.Entry<String, JsonNode> value : values.properties()) {
            Property property = asset.property(value.getKey()).orElse(null);
            if (property == null || value.getValue().isNull()) {
                continue; // a read-only attribute (Arn, GroupId) or a value the cloud reports empty
            }
            ObjectNode one = component.domain().objectNode();
            one.set(property.name(), value.getValue());
            try {
                model.updateProperties(component.id(), one);
            } catch (dev.gantry.GantryException refused) {
                leftOut.add("`" + entry.name() + "`: " + property.name() + " left unset: " + refused.getMessage());
            }
        }
    }

    private void connect(ConnectionInference.Reference r, Map<String, Entry> byKey) {
        ComponentId from = ids.get(r.from());
        ComponentId to = ids.get(r.to());
        if (from == null || to == null) {
            return;
        }
        try {
            model.connect(from, r.output(), to, r.input());
        } catch (dev.gantry.GantryException refused) {
            leftOut.add("`" + byKey.get(r.to()).name() + "`: input `" + r.input() + "` not connected to `"
                    + byKey.get(r.from()).name() + "`: " + refused.getMessage());
        }
    }
}
