package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Role;
import tools.jackson.databind.node.ObjectNode;

/** IAM role tagging. */
final class IamTags {

    private IamTags() {}

    static List<software.amazon.awssdk.services.iam.model.Tag> toSdk(List<Tag> tags) {
        return tags.stream()
                .map(t -> software.amazon.awssdk.services.iam.model.Tag.builder()
                        .key(t.key())
                        .value(t.value())
                        .build())
                .toList();
    }

    static List<Tag> fromSdk(List<software.amazon.awssdk.services.iam.model.Tag> tags) {
        return tags.stream().map(t -> new Tag(t.key(), t.value())).toList();
    }

    static boolean isOwned(Role role, ResourceRequest request) {
        return fromSdk(role.tags()).contains(new Tag(Tag.TOKEN, request.idempotencyToken()));
    }

    /** Brings the user's tags from {@code previous} to {@code desired}; Gantry's own tags stay. */
    static void update(IamClient iam, String roleName, ObjectNode previous, ObjectNode desired) {
        TagChanges changes = TagChanges.between(previous, desired);
        if (!changes.removedKeys().isEmpty()) {
            iam.untagRole(r -> r.roleName(roleName).tagKeys(changes.removedKeys()));
        }
        if (!changes.set().isEmpty()) {
            iam.tagRole(r -> r.roleName(roleName).tags(toSdk(changes.set())));
        }
    }
}
