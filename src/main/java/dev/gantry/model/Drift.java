package dev.gantry.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the cloud's resource differs from what HEAD wants: each desired property the cloud reports with another
 * value. A property the cloud does not report is not drift (a provider reads back what it can). Values are
 * compared as AWS means them: numbers and booleans equal their text ({@code 80} and {@code "80"}), and lists
 * (tags, subnets, security groups) regardless of order, which AWS does not keep.
 */
public final class Drift {

    /** One drifted property: what HEAD wants and what the cloud has. */
    public record Property(String name, JsonNode desired, JsonNode actual) {}

    private Drift() {}

    public static List<Property> between(ObjectNode desired, ObjectNode actual) {
        List<Property> drifted = new ArrayList<>();
        for (var e : desired.properties()) {
            JsonNode cloud = actual.get(e.getKey());
            if (cloud != null && !cloud.isNull() && !same(e.getValue(), cloud)) {
                drifted.add(new Property(e.getKey(), e.getValue(), cloud));
            }
        }
        return drifted;
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a.isArray() && b.isArray()) {
            return a.size() == b.size() && elements(a).equals(elements(b));
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (var e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !same(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isValueNode() && b.isValueNode()) {
            return a.asString().equals(b.asString());
        }
        return false;
    }

    /** An array as a set of canonical texts, so that order does not count. */
    private static Set<String> elements(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(element -> texts.add(canonical(element)));
        return texts;
    }

    private static String canonical(JsonNode node) {
        if (node.isValueNode()) {
            return node.asString();
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>(elements(node));
            parts.sort(null);
            return parts.toString();
        }
        List<String> fields = new ArrayList<>();
        node.properties().forEach(e -> fields.add(e.getKey() + "=" + canonical(e.getValue())));
        fields.sort(null);
        return fields.toString();
    }
}
