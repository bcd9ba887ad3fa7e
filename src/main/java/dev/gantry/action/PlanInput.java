package dev.gantry.action;

import java.util.List;
import java.util.UUID;

/**
 * What the planner needs to know about a change set against HEAD.
 *
 * @param changes  every component whose resource must change, with what must happen to it
 * @param existing every component with a resource on HEAD (consumers of a replaced resource get an update)
 * @param dataFlow every producer → consumer pair in the diagram (explicit and implicit connections, frames
 *                 included), over all components, with or without a resource of their own: the planner sees
 *                 through sub-components (a target group feeding a service through its LoadBalancers entry)
 */
public record PlanInput(List<Change> changes, List<DataFlow> dataFlow, List<Resource> existing) {

    public PlanInput {
        changes = List.copyOf(changes);
        dataFlow = List.copyOf(dataFlow);
        existing = List.copyOf(existing);
    }

    public PlanInput(List<Change> changes, List<DataFlow> dataFlow) {
        this(changes, dataFlow, List.of());
    }

    /** A component that has a resource on HEAD: when something it consumes is replaced, it must be updated. */
    public record Resource(UUID componentId, String componentName, String resourceType) {}

    /** One component's change; {@code kind} is CREATE, UPDATE, REPLACE, DELETE or ERASE. */
    public record Change(UUID componentId, String componentName, String resourceType, ActionKind kind) {}

    /** A value flows from {@code producer} to {@code consumer}. */
    public record DataFlow(UUID producer, UUID consumer) {}
}
