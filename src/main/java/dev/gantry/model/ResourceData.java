package dev.gantry.model;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the cloud reported about a component's resource, recorded on HEAD by apply and refresh.
 *
 * @param identifier the CloudFormation primary identifier ({@code vpc-0abc}, an ARN)
 * @param status     e.g. {@code ok}, {@code error}
 * @param message    the cloud's words when something went wrong
 * @param payload    the resource as the cloud returned it
 * @param attributes read-only values ({@code resource_value}): {@code VpcId}, {@code Arn}, {@code DNSName}
 */
public record ResourceData(@Nullable String identifier, String status, @Nullable String message,
                           @Nullable ObjectNode payload, @Nullable ObjectNode attributes) {

    public boolean exists() {
        return identifier != null;
    }
}
