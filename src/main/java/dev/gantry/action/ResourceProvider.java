package dev.gantry.action;

/**
 * The cloud behind the apply engine. Implementations talk to one cloud (the AWS provider drives the AWS SDK
 * for Java v2); the engine persists every action's state before and after each call, so every method must be
 * safe to call again after a crash.
 */
public interface ResourceProvider {

    /** Whether this provider can manage resources of that CloudFormation type. */
    boolean supports(String resourceType);

    /**
     * Creates the resource and waits until it exists. Idempotent: called again with the same
     * {@link ResourceRequest#idempotencyToken()} (after a crash, say) it returns the resource the earlier call
     * created instead of creating a second one (client tokens where the API takes them, otherwise a tag with the
     * component's id that is looked up first).
     */
    ResourceState create(ResourceRequest request);

    /** Reads the resource as the cloud has it now; {@link ResourceState#missing()} when it is gone. */
    ResourceState read(ResourceRequest request, String identifier);

    /** Brings the resource to {@code request.desiredState()}; {@code previousDesiredState} is what was applied. */
    ResourceState update(
            ResourceRequest request, String identifier, tools.jackson.databind.node.ObjectNode previousDesiredState);

    /** Deletes the resource and waits until it is gone; deleting what is already gone succeeds. */
    void delete(ResourceRequest request, String identifier);
}
