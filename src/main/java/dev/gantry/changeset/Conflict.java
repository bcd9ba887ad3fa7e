package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import tools.jackson.databind.JsonNode;

/**
 * The same field changed on HEAD and in the change set since the change set last rested on HEAD. Never
 * resolved silently: apply refuses until the user keeps theirs or takes HEAD's.
 *
 * @param field {@code name}, {@code type}, {@code parent}, {@code geometry}, {@code domain.X}, {@code secrets.X},
 *              or {@code component} when one side removed the component
 */
public record Conflict(ComponentId componentId, String componentName, String field, JsonNode base, JsonNode head,
                       JsonNode mine) {

    public enum Resolution { KEEP_MINE, TAKE_HEAD }
}
