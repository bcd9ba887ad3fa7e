package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Geometry;
import dev.gantry.model.JsonCopies;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ValueSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A component with its resolved values (secrets redacted) and where each came from.
 *
 * @param changeSetId where it was read or edited (an edit on HEAD answers with the change set it created)
 * @param manual      the values the user set
 * @param values      the resolved values: manual, from connections, defaults
 * @param context     what the Region and AWS Credential inputs resolved to
 */
public record ComponentView(
        ChangeSetId changeSetId,
        ComponentId id,
        String name,
        String assetName,
        ComponentType type,
        ComponentId parent,
        Geometry geometry,
        ObjectNode manual,
        ObjectNode values,
        Map<String, ValueSource> sources,
        Map<String, JsonNode> context,
        @Nullable ResourceData resource) {

    /** Copies in; every JSON accessor hands out a copy, so no caller can change what HEAD's cache holds. */
    public ComponentView {
        manual = manual.deepCopy();
        values = values.deepCopy();
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        context = JsonCopies.of(context);
    }

    @Override
    public ObjectNode manual() {
        return manual.deepCopy();
    }

    @Override
    public ObjectNode values() {
        return values.deepCopy();
    }

    @Override
    public Map<String, JsonNode> context() {
        return JsonCopies.of(context);
    }
}
