package dev.gantry.model;

import java.util.List;

/**
 * An action apply would run, derived from the diff. A create is followed by a refresh (the action engine adds
 * it); erase runs no action at all.
 *
 * @param identifier the resource's identifier on HEAD, for update, replace and delete
 * @param changedProperties for update and replace: the domain properties that differ from HEAD
 */
public record PlannedAction(Kind kind, ComponentId componentId, String componentName, String resourceType,
                            String identifier, List<String> changedProperties) {

    public enum Kind { CREATE, UPDATE, REPLACE, DELETE }

    public PlannedAction {
        changedProperties = List.copyOf(changedProperties);
    }
}
