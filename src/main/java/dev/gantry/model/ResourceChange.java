package dev.gantry.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the diff implies for one component's cloud resource: create, import, update, replace or delete. Apply's planner
 * turns these into the actions it runs ({@code action.PlannedAction}: ordered, with dependencies, a refresh after
 * each create); erase implies no change to the cloud at all.
 *
 * @param identifier the resource's identifier on HEAD, for update, replace and delete; for import, the one adopted
 * @param changedProperties for update and replace: the domain properties that differ from HEAD
 */
public record ResourceChange(
        Kind kind,
        ComponentId componentId,
        String componentName,
        String resourceType,
        @Nullable String identifier,
        List<String> changedProperties) {

    public enum Kind {
        CREATE,
        UPDATE,
        REPLACE,
        DELETE,
        /** Adopt an existing resource by its identifier: read and record it, create nothing. */
        IMPORT
    }

    public ResourceChange {
        changedProperties = List.copyOf(changedProperties);
    }
}
