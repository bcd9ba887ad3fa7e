package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether a policy statement of a template can be a policy statement component, and its values in the
 * component's shape: IAM lets a single action, resource or principal be a string, the component holds lists.
 */
final class PolicyStatements {

    private PolicyStatements() {}

    /** Only the statement's own keys, plain data (no intrinsic functions), principals as an object. */
    static boolean fits(Asset statementAsset, JsonNode statement) {
        if (!statement.isObject() || containsIntrinsic(statement)) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : statement.properties()) {
            Property property = statementAsset.properties().get(e.getKey());
            if (property == null) {
                return false;
            }
            if (property.type() instanceof PropertyType.ObjectType object) {
                if (!e.getValue().isObject()) {
                    return false;
                }
                for (String key : e.getValue().propertyNames()) {
                    if (!object.properties().containsKey(key)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static ObjectNode normalized(JsonNode statement) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        statement.properties().forEach(e -> {
            if (e.getValue().isObject() && !e.getKey().equals("Condition")) {
                ObjectNode object = values.putObject(e.getKey());
                e.getValue().properties().forEach(p -> object.set(p.getKey(), listOf(p.getValue())));
            } else if (e.getKey().equals("Action") || e.getKey().equals("Resource")) {
                values.set(e.getKey(), listOf(e.getValue()));
            } else {
                values.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return values;
    }

    private static JsonNode listOf(JsonNode value) {
        if (value.isArray()) {
            return value.deepCopy();
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        list.add(value.deepCopy());
        return list;
    }

    private static boolean containsIntrinsic(JsonNode node) {
        if (Intrinsics.function(node) != null) {
            return true;
        }
        for (JsonNode child : node) {
            if (containsIntrinsic(child)) {
                return true;
            }
        }
        return false;
    }
}
