package dev.gantry.action;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call to a {@link ResourceProvider}.
 *
 * @param resourceType     the CloudFormation type ({@code AWS::EC2::VPC})
 * @param componentId      the Gantry component it belongs to, used to tag what is created
 * @param idempotencyToken stable across retries of the same action, so a repeated create finds the first
 * @param desiredState     the resolved properties in CloudFormation shape, secrets in plaintext
 * @param context          where and as whom to call the cloud
 * @param onCreated        told the identifier as soon as a create call has returned it (see {@link #created})
 */
public record ResourceRequest(
        String resourceType,
        String componentId,
        String idempotencyToken,
        ObjectNode desiredState,
        CloudContext context,
        @Nullable Consumer<String> onCreated) {

    public ResourceRequest {
        desiredState = desiredState.deepCopy();
        onCreated = onCreated == null ? identifier -> {} : onCreated;
    }

    public ResourceRequest(
            String resourceType,
            String componentId,
            String idempotencyToken,
            ObjectNode desiredState,
            CloudContext context) {
        this(resourceType, componentId, idempotencyToken, desiredState, context, null);
    }

    /** A copy: a handler may shape it for its API without changing the request (or a retry of it). */
    @Override
    public ObjectNode desiredState() {
        return desiredState.deepCopy();
    }

    /**
     * Providers call this the moment the cloud has answered a create (or a repeated create found the resource
     * again), before any follow-up call such as tagging or setting attributes: the identifier is then recorded
     * durably, so a follow-up that fails leaves a resource that retry continues and delete removes, never one that
     * exists in the account while Gantry has forgotten it.
     */
    public void created(String identifier) {
        java.util.Objects.requireNonNull(onCreated).accept(identifier);
    }
}
