package dev.gantry.action;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resource as the cloud reports it.
 *
 * @param identifier the CloudFormation primary identifier ({@code vpc-0abc}, an ARN), null when missing
 * @param properties the resource's properties and read-only attributes in CloudFormation attribute shape
 *                   ({@code VpcId}, {@code DNSName}, {@code RepositoryUri}, {@code Arn})
 */
public record ResourceState(
        @Nullable String identifier, @Nullable ObjectNode properties) {

    public static ResourceState missing() {
        return new ResourceState(null, null);
    }

    public ResourceState {
        properties = properties == null ? null : properties.deepCopy();
    }

    @Override
    public @Nullable ObjectNode properties() {
        return properties == null ? null : properties.deepCopy();
    }

    public boolean exists() {
        return identifier != null;
    }
}
