package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read access to a CloudFormation-shaped desired state. Lenient about scalar types because values arrive from a
 * diagram, where {@code "80"} and {@code 80} or {@code "true"} and {@code true} mean the same thing.
 */
record Desired(ObjectNode node) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Desired of(ObjectNode node) {
        return new Desired(node == null ? JSON.createObjectNode() : node);
    }

    Optional<String> text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        String text = value.isValueNode() ? value.asString() : value.toString();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    String required(String name) {
        return text(name).orElseThrow(() -> new ProviderException(name + " is required", false, null));
    }

    Optional<Integer> integer(String name) {
        return text(name).map(v -> {
            try {
                return Integer.valueOf(v.trim());
            } catch (NumberFormatException e) {
                throw new ProviderException(name + " must be a whole number, not '" + v + "'", false, e);
            }
        });
    }

    Optional<Boolean> bool(String name) {
        return text(name).map(v -> Boolean.parseBoolean(v.trim()));
    }

    List<String> strings(String name) {
        JsonNode value = node.get(name);
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> result.add(item.isValueNode() ? item.asString() : item.toString()));
        } else {
            text(name).ifPresent(result::add);
        }
        return result;
    }

    Optional<Desired> object(String name) {
        JsonNode value = node.get(name);
        return value instanceof ObjectNode object ? Optional.of(new Desired(object)) : Optional.empty();
    }

    List<Desired> objects(String name) {
        JsonNode value = node.get(name);
        List<Desired> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item instanceof ObjectNode object) {
                    result.add(new Desired(object));
                }
            });
        }
        return result;
    }

    /** A policy document as the JSON text IAM and ECR want, whether it was given as an object or as a string. */
    Optional<String> document(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(value.isString() ? value.asString() : JSON.writeValueAsString(value));
    }

    List<Tag> tags() {
        return objects("Tags").stream()
                .map(t -> new Tag(t.required("Key"), t.text("Value").orElse("")))
                .toList();
    }

    /** Parses JSON text that AWS returns (policy documents, Cloud Control properties). */
    static ObjectNode parse(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    static ObjectNode newObject() {
        return JSON.createObjectNode();
    }

    static String write(JsonNode node) {
        return JSON.writeValueAsString(node);
    }
}
