package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Drift;
import dev.gantry.model.Geometry;
import dev.gantry.model.JsonCopies;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ValueSource;
import java.util.List;
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
 * @param imported    the identifier of the existing resource it adopts (import), shown until apply records it
 * @param drift       on HEAD: the properties whose cloud value, as last refreshed, differs from the wanted one
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
        @Nullable ResourceData resource,
        @Nullable String imported,
        List<Drift.Property> drift) {

    public ComponentView(
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
        this(
                changeSetId,
                id,
                name,
                assetName,
                type,
                parent,
                geometry,
                manual,
                values,
                sources,
                context,
                resource,
                null,
                List.of());
    }

    /** Copies in; every JSON accessor hands out a copy, so no caller can change what HEAD's cache holds. */
    public ComponentView {
        manual = manual.deepCopy();
        values = values.deepCopy();
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        context = JsonCopies.of(context);
        drift = drift == null ? List.of() : List.copyOf(drift);
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
