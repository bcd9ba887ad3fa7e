package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import java.util.List;
import software.amazon.awssdk.services.ecr.EcrClient;
import tools.jackson.databind.node.ObjectNode;

/** ECR tagging, by repository ARN. */
final class EcrTags {

    private EcrTags() {}

    static List<software.amazon.awssdk.services.ecr.model.Tag> toSdk(List<Tag> tags) {
        return tags.stream()
                .map(t -> software.amazon.awssdk.services.ecr.model.Tag.builder()
                        .key(t.key())
                        .value(t.value())
                        .build())
                .toList();
    }

    static List<Tag> read(EcrClient ecr, String arn) {
        return ecr.listTagsForResource(r -> r.resourceArn(arn)).tags().stream()
                .map(t -> new Tag(t.key(), t.value()))
                .toList();
    }

    static boolean isOwned(EcrClient ecr, String arn, ResourceRequest request) {
        return read(ecr, arn).contains(new Tag(Tag.TOKEN, request.idempotencyToken()));
    }

    /** Brings the user's tags from {@code previous} to {@code desired}; Gantry's own tags stay. */
    static void update(EcrClient ecr, String arn, ObjectNode previous, ObjectNode desired) {
        TagChanges changes = TagChanges.between(previous, desired);
        if (!changes.removedKeys().isEmpty()) {
            ecr.untagResource(r -> r.resourceArn(arn).tagKeys(changes.removedKeys()));
        }
        if (!changes.set().isEmpty()) {
            ecr.tagResource(r -> r.resourceArn(arn).tags(toSdk(changes.set())));
        }
    }
}
