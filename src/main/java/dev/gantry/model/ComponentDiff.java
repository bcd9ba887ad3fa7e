package dev.gantry.model;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * How one component differs between HEAD and a change set. Property names are the domain's; the component's
 * own settings appear as {@code si.name}, {@code si.type}, {@code si.parent}, {@code si.geometry}; secrets as
 * {@code secrets.X} with redacted values.
 */
public record ComponentDiff(
        ComponentId id, String name, String assetName, Change change, List<PropertyChange> properties) {

    public enum Change {
        ADDED,
        MODIFIED,
        DELETED,
        ERASED
    }

    public ComponentDiff {
        properties = List.copyOf(properties);
    }

    public record PropertyChange(String property, JsonNode before, JsonNode after) {}
}
