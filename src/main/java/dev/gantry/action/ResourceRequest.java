package dev.gantry.action;

import tools.jackson.databind.node.ObjectNode;

/**
 * One call to a {@link ResourceProvider}.
 *
 * @param resourceType     the CloudFormation type ({@code AWS::EC2::VPC})
 * @param componentId      the Gantry component it belongs to, used to tag what is created
 * @param idempotencyToken stable across retries of the same action, so a repeated create finds the first
 * @param desiredState     the resolved properties in CloudFormation shape, secrets in plaintext
 * @param context          where and as whom to call the cloud
 */
public record ResourceRequest(
        String resourceType,
        String componentId,
        String idempotencyToken,
        ObjectNode desiredState,
        CloudContext context) {

    public ResourceRequest {
        desiredState = desiredState.deepCopy();
    }

    /** A copy: a handler may shape it for its API without changing the request (or a retry of it). */
    @Override
    public ObjectNode desiredState() {
        return desiredState.deepCopy();
    }
}
