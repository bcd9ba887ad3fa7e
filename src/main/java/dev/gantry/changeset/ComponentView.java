package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Geometry;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A component with its resolved values (secrets redacted) and where each came from.
 *
 * @param changeSetId where it was read or edited (an edit on HEAD answers with the change set it created)
 * @param manual      the values the user set
 * @param values      the resolved values: manual, from connections, defaults
 * @param context     what the Region and AWS Credential inputs resolved to
 */
public record ComponentView(ChangeSetId changeSetId, ComponentId id, String name, String assetName, String type,
                            ComponentId parent, Geometry geometry, ObjectNode manual, ObjectNode values,
                            Map<String, ValueSource> sources, Map<String, JsonNode> context,
                            ResourceData resource) {
}
