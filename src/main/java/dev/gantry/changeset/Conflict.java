package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The same field changed on HEAD and in the change set since the change set last rested on HEAD. Never
 * resolved silently: apply refuses until the user keeps theirs or takes HEAD's.
 *
 * @param field {@code name}, {@code type}, {@code parent}, {@code geometry}, {@code domain.X}, {@code secrets.X},
 *              or {@code component} when one side removed the component
 */
public record Conflict(
        ComponentId componentId, String componentName, String field, JsonNode base, JsonNode head, JsonNode mine) {

    /** Secrets are sealed in storage, and shown to no one even so: a conflict names the field, not the value. */
    public Conflict {
        base = redacted(field, base);
        head = redacted(field, head);
        mine = redacted(field, mine);
    }

    private static JsonNode redacted(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return value;
        }
        if (field.startsWith("secrets.")) {
            return StringNode.valueOf("<redacted>");
        }
        return value instanceof ObjectNode data ? ComponentCodec.redacted(data) : value;
    }

    public enum Resolution {
        KEEP_MINE,
        TAKE_HEAD
    }
}
