package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import java.util.List;
import software.amazon.awssdk.services.ecs.EcsClient;
import tools.jackson.databind.node.ObjectNode;

/** ECS tagging: tags go on at creation, are read back with include=TAGS and changed by ARN. */
final class EcsTags {

    private EcsTags() {}

    static List<software.amazon.awssdk.services.ecs.model.Tag> forCreate(ResourceRequest request) {
        return toSdk(Tag.forCreate(request));
    }

    static boolean isOwned(List<software.amazon.awssdk.services.ecs.model.Tag> tags, ResourceRequest request) {
        return tags.stream()
                .anyMatch(t ->
                        Tag.TOKEN.equals(t.key()) && request.idempotencyToken().equals(t.value()));
    }

    static List<Tag> fromSdk(List<software.amazon.awssdk.services.ecs.model.Tag> tags) {
        return tags.stream().map(t -> new Tag(t.key(), t.value())).toList();
    }

    /** Brings the user's tags from {@code previous} to {@code desired}; Gantry's own tags stay. */
    static void update(EcsClient ecs, String arn, ObjectNode previous, ObjectNode desired) {
        TagChanges changes = TagChanges.between(previous, desired);
        if (!changes.removedKeys().isEmpty()) {
            ecs.untagResource(r -> r.resourceArn(arn).tagKeys(changes.removedKeys()));
        }
        if (!changes.set().isEmpty()) {
            ecs.tagResource(r -> r.resourceArn(arn).tags(toSdk(changes.set())));
        }
    }

    private static List<software.amazon.awssdk.services.ecs.model.Tag> toSdk(List<Tag> tags) {
        return tags.stream()
                .map(t -> software.amazon.awssdk.services.ecs.model.Tag.builder()
                        .key(t.key())
                        .value(t.value())
                        .build())
                .toList();
    }
}
