package dev.gantry.model;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the cloud reported about a component's resource, recorded on HEAD by apply and refresh. Immutable: the
 * JSON nodes are copied in, and every accessor hands out a copy, because HEAD's snapshot cache shares one
 * instance between requests.
 *
 * @param identifier the CloudFormation primary identifier ({@code vpc-0abc}, an ARN)
 * @param status     {@code ok} after a create, update or refresh; {@code missing} when the cloud no longer has it;
 *                   {@code failed} when the last action on it failed
 * @param message    the cloud's words when something went wrong
 * @param payload    the resource as the cloud returned it
 * @param attributes read-only values ({@code resource_value}): {@code VpcId}, {@code Arn}, {@code DNSName}
 */
public record ResourceData(
        @Nullable String identifier,
        @Nullable ResourceStatus status,
        @Nullable String message,
        @Nullable ObjectNode payload,
        @Nullable ObjectNode attributes) {

    public ResourceData {
        payload = JsonCopies.of(payload);
        attributes = JsonCopies.of(attributes);
    }

    @Override
    public @Nullable ObjectNode payload() {
        return JsonCopies.of(payload);
    }

    @Override
    public @Nullable ObjectNode attributes() {
        return JsonCopies.of(attributes);
    }

    public boolean exists() {
        return identifier != null;
    }
}
