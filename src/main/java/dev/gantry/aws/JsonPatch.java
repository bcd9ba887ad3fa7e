package dev.gantry.aws;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes the RFC 6902 patch that turns one desired state into another, as Cloud Control's UpdateResource wants.
 * Objects are compared member by member; arrays and scalars that differ are replaced whole, which is what Cloud
 * Control itself expects for list properties whose order matters (and it keeps patches readable).
 */
final class JsonPatch {

    private JsonPatch() {}

    static ArrayNode diff(ObjectNode from, ObjectNode to) {
        ArrayNode operations = Desired.newObject().arrayNode();
        diffObjects("", from == null ? Desired.newObject() : from, to == null ? Desired.newObject() : to, operations);
        return operations;
    }

    private static void diffObjects(String path, ObjectNode from, ObjectNode to, ArrayNode operations) {
        for (String name : from.propertyNames()) {
            if (!to.has(name)) {
                operations.addObject().put("op", "remove").put("path", path + "/" + escape(name));
            }
        }
        for (String name : to.propertyNames()) {
            String child = path + "/" + escape(name);
            JsonNode before = from.get(name);
            JsonNode after = to.get(name);
            if (before == null) {
                operations.addObject().put("op", "add").put("path", child).set("value", after);
            } else if (before instanceof ObjectNode b && after instanceof ObjectNode a) {
                diffObjects(child, b, a, operations);
            } else if (!Objects.equals(before, after)) {
                operations.addObject().put("op", "replace").put("path", child).set("value", after);
            }
        }
    }

    /** RFC 6901: "~" becomes "~0" and "/" becomes "~1" inside a pointer's reference tokens. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
