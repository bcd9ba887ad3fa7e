package dev.gantry.aws;

import dev.gantry.action.ResourceState;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds a {@link ResourceState} in CloudFormation attribute shape, skipping values AWS did not report. */
final class StateBuilder {

    private final String identifier;
    private final ObjectNode properties = Desired.newObject();

    private StateBuilder(String identifier) {
        this.identifier = identifier;
    }

    static StateBuilder of(String identifier) {
        return new StateBuilder(identifier);
    }

    StateBuilder put(String name, String value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    StateBuilder put(String name, Integer value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    StateBuilder put(String name, Boolean value) {
        if (value != null) {
            properties.put(name, value);
        }
        return this;
    }

    StateBuilder put(String name, JsonNode value) {
        if (value != null) {
            properties.set(name, value);
        }
        return this;
    }

    StateBuilder putStrings(String name, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = properties.putArray(name);
            values.forEach(array::add);
        }
        return this;
    }

    /** The user's tags only: Gantry's own ownership tags are bookkeeping, not desired state. */
    StateBuilder putTags(List<Tag> tags) {
        List<Tag> visible = tags.stream().filter(t -> !Tag.isGantryTag(t.key())).toList();
        if (!visible.isEmpty()) {
            ArrayNode array = properties.putArray("Tags");
            visible.forEach(t -> array.addObject().put("Key", t.key()).put("Value", t.value()));
        }
        return this;
    }

    ResourceState build() {
        return new ResourceState(identifier, properties);
    }
}
