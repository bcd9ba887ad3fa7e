package dev.gantry.action;

import java.util.List;
import java.util.UUID;

/**
 * One step of a plan.
 *
 * @param dependsOn the actions that must succeed before this one starts
 */
public record PlannedAction(
        UUID id, ActionKind kind, UUID componentId, String componentName, String resourceType, List<UUID> dependsOn) {

    public PlannedAction {
        dependsOn = List.copyOf(dependsOn);
    }
}
