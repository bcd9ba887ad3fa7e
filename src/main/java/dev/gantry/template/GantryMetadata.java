package dev.gantry.template;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentType;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Gantry writes under {@code Metadata.Gantry} (CloudFormation keeps resource metadata as it is, as AWS
 * Infrastructure Composer does with its own): a component's name, frame type and frame, and per resource the
 * components folded into its properties (sub-assets, policy statements) with where they went ({@code At}, a
 * slash-separated path), and the inputs fed by drawn edges ({@code Drawn}). An import reads it to give back the same diagram; a template without it is inferred.
 */
final class GantryMetadata {

    static final String KEY = "Gantry";
    static final String NAME = "Name";
    static final String TYPE = "Type";
    static final String PARENT = "Parent";
    static final String PARTS = "Parts";
    static final String ID = "Id";
    static final String ASSET = "Asset";
    static final String AT = "At";
    static final String REGIONS = "Regions";
    static final String OMITTED = "Omitted";
    static final String DRAWN = "Drawn";

    private GantryMetadata() {}

    static ObjectNode describe(Component c, @Nullable String id, @Nullable String parent) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (id != null) {
            node.put(ID, id);
        }
        node.put(NAME, c.name());
        if (c.type() != ComponentType.COMPONENT) {
            node.put(TYPE, c.type().label());
        }
        if (parent != null) {
            node.put(PARENT, parent);
        }
        return node;
    }

    /**
     * The inputs fed by edges the user drew: frames may give the same connection, and an import must draw these
     * again rather than leave them to the frames, or the diagram would not be the same.
     */
    static void drawn(ObjectNode metadata, java.util.@Nullable Set<String> inputs) {
        if (inputs != null && !inputs.isEmpty()) {
            ArrayNode list = metadata.putArray(DRAWN);
            inputs.forEach(list::add);
        }
    }

    static ObjectNode template(List<String> regions, ArrayNode omitted) {
        ObjectNode gantry = JsonNodeFactory.instance.objectNode();
        ArrayNode list = gantry.putArray(REGIONS);
        regions.forEach(list::add);
        if (!omitted.isEmpty()) {
            gantry.set(OMITTED, omitted);
        }
        return JsonNodeFactory.instance.objectNode().set(KEY, gantry);
    }

    /** The {@code Metadata.Gantry} object of a resource or template, or a missing node. */
    static JsonNode of(JsonNode holder) {
        return holder.path("Metadata").path(KEY);
    }
}
