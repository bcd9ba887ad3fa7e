package dev.gantry.aws;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the user's Tags changed between two desired states: keys to remove and tags to set. Gantry's own ownership
 * tags never appear in desired states, so an update never removes them.
 */
record TagChanges(List<String> removedKeys, List<Tag> set) {

    static TagChanges between(ObjectNode previous, ObjectNode desired) {
        Map<String, String> before = asMap(Desired.of(previous).tags());
        Map<String, String> after = asMap(Desired.of(desired).tags());
        List<String> removed =
                before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
        List<Tag> set = after.entrySet().stream()
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> new Tag(e.getKey(), e.getValue()))
                .toList();
        return new TagChanges(removed, set);
    }

    private static Map<String, String> asMap(List<Tag> tags) {
        return tags.stream().collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b));
    }
}
