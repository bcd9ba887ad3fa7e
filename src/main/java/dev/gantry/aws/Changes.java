package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The top-level properties that differ between what was applied and what is desired now. */
record Changes(String resourceType, Set<String> names) {

    static Changes between(String resourceType, ObjectNode previous, ObjectNode desired) {
        Set<String> names = new TreeSet<>();
        ObjectNode before = previous == null ? Desired.newObject() : previous;
        ObjectNode after = desired == null ? Desired.newObject() : desired;
        before.propertyNames().forEach(names::add);
        after.propertyNames().forEach(names::add);
        names.removeIf(name -> Objects.equals(value(before, name), value(after, name)));
        return new Changes(resourceType, Set.copyOf(names));
    }

    boolean has(String name) {
        return names.contains(name);
    }

    /**
     * Fails before any call when a changed property cannot be changed in place by this provider, so that nothing
     * is half-updated. The planner turns create-only changes into replacements; this is the safety net.
     */
    void requireOnly(Set<String> updatable) {
        Set<String> other = new TreeSet<>(names);
        other.removeAll(updatable);
        if (!other.isEmpty()) {
            throw new ProviderException(
                    resourceType + " cannot change " + String.join(", ", other)
                            + " in place; the resource must be replaced",
                    false,
                    null);
        }
    }

    private static JsonNode value(ObjectNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
