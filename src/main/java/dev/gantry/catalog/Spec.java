package dev.gantry.catalog;

import tools.jackson.databind.JsonNode;

/** Small accessors for the spec's JSON, so callers read as the schema reads. */
final class Spec {

    private Spec() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    static String refId(JsonNode type) {
        return type.path("reference").path("$ref").asString();
    }

    /** The type-definition id an array or map of objects (or a plain object ref) points at, or null. */
    static String objectRefId(JsonNode type) {
        JsonNode t = type;
        while ("array".equals(text(t, "type")) || "map".equals(text(t, "type"))) {
            t = t.path("element");
        }
        return "ref".equals(text(t, "type")) ? refId(t) : null;
    }

    static boolean isArrayOfRef(JsonNode type) {
        return "array".equals(text(type, "type")) && "ref".equals(text(type.path("element"), "type"));
    }

    static boolean isRef(JsonNode type) {
        return "ref".equals(text(type, "type"));
    }
}
