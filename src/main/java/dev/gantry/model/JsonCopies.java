package dev.gantry.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deep copies of JSON values, for the records that carry them: Jackson's nodes are mutable, and a record that holds
 * one it was given, or hands out the one it holds, is immutable only by convention.
 */
public final class JsonCopies {

    private JsonCopies() {}

    public static @Nullable ObjectNode of(@Nullable ObjectNode node) {
        return node == null ? null : node.deepCopy();
    }

    /** A copy of the map with copies of its values, in the same order. */
    public static Map<String, JsonNode> of(Map<String, JsonNode> values) {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(key, value == null ? null : value.deepCopy()));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
