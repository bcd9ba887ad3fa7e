package dev.gantry.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A socket's target inside a property tree. Most sockets feed a top-level property; a few feed a nested one
 * ({@code NetworkConfiguration/AwsvpcConfiguration/Subnets}), written with '/' or '.' since CloudFormation
 * property names contain neither.
 */
record PropertyPath(String[] segments) {

    /** Split by hand: it runs for every connected input of every component resolved, and a regex split allocates. */
    static PropertyPath of(String property) {
        int cut = firstSeparator(property, 0);
        if (cut < 0) {
            return new PropertyPath(new String[] {property});
        }
        List<String> segments = new ArrayList<>(3);
        int start = 0;
        while (cut >= 0) {
            segments.add(property.substring(start, cut));
            start = cut + 1;
            cut = firstSeparator(property, start);
        }
        segments.add(property.substring(start));
        while (!segments.isEmpty() && segments.getLast().isEmpty()) {
            segments.removeLast(); // as String.split, which this replaces, leaves trailing empty segments out
        }
        return new PropertyPath(segments.toArray(String[]::new));
    }

    private static int firstSeparator(String property, int from) {
        for (int i = from; i < property.length(); i++) {
            char c = property.charAt(i);
            if (c == '/' || c == '.') {
                return i;
            }
        }
        return -1;
    }

    String top() {
        return segments[0];
    }

    @Nullable
    JsonNode get(JsonNode root) {
        JsonNode node = root;
        for (String s : segments) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(s);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** Sets the value, creating objects on the way; never touches anything beside the path. */
    void set(ObjectNode root, JsonNode value) {
        ObjectNode node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode next = node.get(segments[i]);
            if (next == null || !next.isObject()) {
                next = node.putObject(segments[i]);
            }
            node = (ObjectNode) next;
        }
        node.set(segments[segments.length - 1], value);
    }
}
