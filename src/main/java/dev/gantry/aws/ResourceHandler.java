package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import tools.jackson.databind.node.ObjectNode;

/**
 * Manages one CloudFormation resource type (or a few closely related ones) through a native AWS client. The
 * contract is {@link dev.gantry.action.ResourceProvider}'s: create is idempotent per idempotency token, read
 * returns {@link ResourceState#missing()} for what is gone, delete of what is gone succeeds.
 */
interface ResourceHandler {

    ResourceState create(ResourceRequest request);

    ResourceState read(ResourceRequest request, String identifier);

    ResourceState update(ResourceRequest request, String identifier, ObjectNode previousDesiredState);

    void delete(ResourceRequest request, String identifier);
}
