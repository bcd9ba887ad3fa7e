package dev.gantry.aws;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies an RFC 6902 patch (add, remove, replace, test) to a document, as Cloud Control does with UpdateResource's
 * PatchDocument. Written independently of {@link JsonPatch} so that the stand-in checks the provider's patches
 * instead of agreeing with them by construction.
 */
final class JsonPatchApplier {

    private JsonPatchApplier() {}

    static ObjectNode apply(ObjectNode document, ArrayNode patch) {
        ObjectNode result = document.deepCopy();
        for (JsonNode operation : patch) {
            List<String> path = pointer(operation.get("path").asString());
            String last = path.getLast();
            JsonNode parent = navigate(result, path.subList(0, path.size() - 1));
            switch (operation.get("op").asString()) {
                case "add" -> add(parent, last, operation.get("value"));
                case "remove" -> remove(parent, last);
                case "replace" -> {
                    remove(parent, last);
                    add(parent, last, operation.get("value"));
                }
                case "test" -> {
                    if (!child(parent, last).equals(operation.get("value"))) {
                        throw new IllegalArgumentException("test failed at " + operation.get("path"));
                    }
                }
                default -> throw new IllegalArgumentException("unsupported op " + operation.get("op"));
            }
        }
        return result;
    }

    private static void add(JsonNode parent, String name, JsonNode value) {
        if (parent instanceof ObjectNode object) {
            object.set(name, value);
        } else if (parent instanceof ArrayNode array) {
            if (name.equals("-")) {
                array.add(value);
            } else {
                array.insert(Integer.parseInt(name), value);
            }
        } else {
            throw new IllegalArgumentException("no container at " + name);
        }
    }

    private static void remove(JsonNode parent, String name) {
        child(parent, name); // fails when absent, as RFC 6902 requires
        if (parent instanceof ObjectNode object) {
            object.remove(name);
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(name));
        }
    }

    private static JsonNode child(JsonNode parent, String name) {
        JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(name)) : parent.get(name);
        if (child == null) {
            throw new IllegalArgumentException("nothing at " + name);
        }
        return child;
    }

    private static JsonNode navigate(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String name : path) {
            node = child(node, name);
        }
        return node;
    }

    private static List<String> pointer(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
