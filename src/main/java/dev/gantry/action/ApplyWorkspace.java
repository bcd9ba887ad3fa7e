package dev.gantry.action;

import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the apply engine needs from the model on HEAD. Desired states are resolved when an action starts
 * (late binding), so ids and ARNs recorded by upstream creates flow into their consumers.
 */
interface ApplyWorkspace {

    /** The component's desired state, resolved now, with where and as whom to call the cloud. */
    ResourceRequest request(ActionRecord action, String idempotencyToken);

    /** The cloud identifier recorded for the action's component, if it has a resource. */
    Optional<String> resourceIdentifier(ActionRecord action);

    /** The identifier of the existing resource the action's component adopts (import), if it adopts one. */
    Optional<String> importedIdentifier(ActionRecord action);

    /** The desired state last applied to the resource (for an update's patch). */
    Optional<ObjectNode> appliedState(ActionRecord action);

    /** Records what the cloud reported, with the desired state that was sent to it. */
    void recordResource(ActionRecord action, ResourceState state, ObjectNode appliedDesiredState);

    /** The resource is gone (deleted or erased): forget it. */
    void forgetResource(ActionRecord action);

    /** Shows an action's failure on the component (its resource status and message). */
    void recordFailure(ActionRecord action, String message);
}
