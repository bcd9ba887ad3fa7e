package dev.gantry.template;

import dev.gantry.GantryException;
import dev.gantry.catalog.Catalog;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Containment;
import dev.gantry.model.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes an {@link ImportPlan} real in a change set's model: components in their frames (as the template's Gantry
 * metadata says, else as {@link InferredFrames} decides), their values, then the connections that their frames
 * do not already give. A value or connection the model refuses becomes a finding; the rest of the import stands.
 */
final class TemplateImporter {

    /** The components made, by the key of the plan (logical id or part id), and the findings. */
    record Result(Map<String, ComponentId> components, List<TemplateFinding> findings) {}

    private final Model model;
    private final Catalog catalog;
    private final TemplateReader.Read read;
    private final Map<String, ImportPlan.Planned> byKey = new LinkedHashMap<>();
    private final Map<String, ComponentId> ids = new LinkedHashMap<>();
    private final List<TemplateFinding> findings;

    private TemplateImporter(Model model, Catalog catalog, TemplateReader.Read read) {
        this.model = model;
        this.catalog = catalog;
        this.read = read;
        this.findings = new ArrayList<>(read.findings());
        read.planned().forEach(p -> byKey.put(p.key, p));
    }

    static Result apply(Model model, Catalog catalog, TemplateReader.Read read, @Nullable ComponentId parent) {
        return new TemplateImporter(model, catalog, read).run(parent);
    }

    private Result run(@Nullable ComponentId parent) {
        ComponentId top = parent != null ? parent : regionFrame();
        Containment.Placement inferred = InferredFrames.of(catalog, byKey.values());
        for (ImportPlan.Planned p : placementOrder(inferred)) {
            ComponentId frame = frameOf(p, top, inferred);
            ComponentType type = p.type != null
                    ? p.type
                    : inferred.frames().contains(p.key) ? ComponentType.DOWN_FRAME : ComponentType.COMPONENT;
            Component made = model.add(p.name, p.asset, type, frame, null, null);
            ids.put(p.key, made.id());
            setValues(p, made.id());
        }
        byKey.values().forEach(this::connect);
        return new Result(ids, findings);
    }

    /** An exported template names its Region: the import puts everything in a Region frame of that name. */
    private @Nullable ComponentId regionFrame() {
        if (read.regions().size() > 1) {
            findings.add(
                    new TemplateFinding(
                            null,
                            null,
                            null,
                            "The template names several Regions " + read.regions()
                                    + ": a stack lives in one, so none was made; put the components in Region frames yourself"));
        }
        if (read.regions().size() != 1) {
            return null;
        }
        String region = read.regions().getFirst();
        ObjectNode values = JsonNodeFactory.instance.objectNode().put("Region", region);
        return model.add(region, TemplateShape.REGION_ASSET, ComponentType.DOWN_FRAME, null, null, values)
                .id();
    }

    /** Frames before what goes inside them; otherwise the template's order. */
    private List<ImportPlan.Planned> placementOrder(Containment.Placement inferred) {
        List<ImportPlan.Planned> ordered = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        byKey.values().forEach(p -> visit(p, inferred, visited, ordered));
        return ordered;
    }

    private void visit(
            ImportPlan.Planned p,
            Containment.Placement inferred,
            Set<String> visited,
            List<ImportPlan.Planned> ordered) {
        if (!visited.add(p.key)) {
            return; // placed, or on the current path: a cycle of references is placed in template order
        }
        List<String> before = new ArrayList<>(p.placedAfter());
        inferred.parentOf(p.key).ifPresent(before::addFirst);
        for (String earlier : before) {
            ImportPlan.Planned first = byKey.get(earlier);
            if (first != null) {
                visit(first, inferred, visited, ordered);
            }
        }
        ordered.add(p);
    }

    private @Nullable ComponentId frameOf(
            ImportPlan.Planned p, @Nullable ComponentId top, Containment.Placement inferred) {
        if (p.metadataParent != null) {
            ComponentId frame = ids.get(p.metadataParent);
            if (frame == null) {
                findings.add(new TemplateFinding(
                        p.resource,
                        null,
                        null,
                        "`" + p.name + "` belonged in " + p.metadataParent
                                + ", which is not imported: placed at the top"));
                return top;
            }
            return frame;
        }
        if (p.consumer != null && ids.containsKey(p.consumer)) {
            return model.require(ids.get(p.consumer)).parent();
        }
        if (p.hasMetadata) {
            return top;
        }
        return inferred.parentOf(p.key).map(ids::get).orElse(top);
    }

    /** All values at once; when the model refuses one, each property alone, and a finding for each refused. */
    private void setValues(ImportPlan.Planned p, ComponentId id) {
        if (p.values.isEmpty()) {
            return;
        }
        try {
            model.updateProperties(id, p.values);
        } catch (GantryException all) {
            p.values.properties().forEach(e -> {
                try {
                    model.updateProperties(
                            id, JsonNodeFactory.instance.objectNode().set(e.getKey(), e.getValue()));
                } catch (GantryException one) {
                    findings.add(new TemplateFinding(
                            p.resource,
                            "Properties/" + e.getKey(),
                            null,
                            "`" + p.name + "` " + e.getKey() + " was refused and left unset: " + one.getMessage()));
                }
            });
        }
    }

    /** Per input: nothing when the frames already give exactly what the template says, else explicit edges. */
    private void connect(ImportPlan.Planned p) {
        ComponentId to = ids.get(p.key);
        if (to == null) {
            return;
        }
        Map<String, List<ImportPlan.Feed>> byInput = new LinkedHashMap<>();
        p.feeds.forEach(f -> byInput.computeIfAbsent(f.input().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(f));
        byInput.forEach((input, feeds) -> {
            Set<String> wanted = new HashSet<>();
            feeds.stream()
                    .filter(f -> ids.containsKey(f.sourceKey()))
                    .forEach(f ->
                            wanted.add(ids.get(f.sourceKey()) + " " + f.output().toLowerCase(Locale.ROOT)));
            Set<String> given = new HashSet<>();
            model.connectionsInto(to).stream()
                    .filter(c -> c.input().toLowerCase(Locale.ROOT).equals(input))
                    .forEach(c -> given.add(c.from() + " " + c.output().toLowerCase(Locale.ROOT)));
            if (p.drawn.contains(input) || !wanted.equals(given)) {
                feeds.forEach(f -> edge(p, f));
            }
        });
    }

    private void edge(ImportPlan.Planned p, ImportPlan.Feed feed) {
        ComponentId from = ids.get(feed.sourceKey());
        if (from == null) {
            return;
        }
        try {
            model.connect(from, feed.output(), ids.get(p.key), feed.input());
        } catch (GantryException refused) {
            findings.add(new TemplateFinding(
                    p.resource,
                    null,
                    null,
                    "`" + p.name + "` " + feed.input() + " could not be connected to " + feed.sourceKey() + ": "
                            + refused.getMessage()));
        }
    }
}
