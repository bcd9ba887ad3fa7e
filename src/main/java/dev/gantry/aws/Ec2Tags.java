package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import tools.jackson.databind.node.ObjectNode;

/**
 * EC2's tagging: what Gantry creates is tagged at creation (TagSpecifications, atomically with the create) and
 * found again by a tag filter on the idempotency token, since most EC2 creates take no client token.
 */
final class Ec2Tags {

    private Ec2Tags() {}

    static TagSpecification specification(ResourceType type, ResourceRequest request) {
        return TagSpecification.builder()
                .resourceType(type)
                .tags(toSdk(Tag.forCreate(request)))
                .build();
    }

    /** The filter that finds what an earlier attempt of this very action created. */
    static Filter ownedBy(ResourceRequest request) {
        return Filter.builder()
                .name("tag:" + Tag.TOKEN)
                .values(request.idempotencyToken())
                .build();
    }

    /**
     * Checks the tag again on what a tag-filtered describe returned: emulators ignore filters they do not know
     * (moto's DescribeNatGateways does), and adopting another component's resource would be far worse than a
     * second describe.
     */
    static boolean isOwned(List<software.amazon.awssdk.services.ec2.model.Tag> tags, ResourceRequest request) {
        return tags.stream()
                .anyMatch(t ->
                        Tag.TOKEN.equals(t.key()) && request.idempotencyToken().equals(t.value()));
    }

    static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    static List<Tag> fromSdk(List<software.amazon.awssdk.services.ec2.model.Tag> tags) {
        return tags.stream().map(t -> new Tag(t.key(), t.value())).toList();
    }

    /** Brings the user's tags from {@code previous} to {@code desired}; Gantry's own tags stay. */
    static void update(Ec2Client ec2, String resourceId, ObjectNode previous, ObjectNode desired) {
        TagChanges changes = TagChanges.between(previous, desired);
        if (!changes.removedKeys().isEmpty()) {
            ec2.deleteTags(r -> r.resources(resourceId)
                    .tags(changes.removedKeys().stream()
                            .map(k -> software.amazon.awssdk.services.ec2.model.Tag.builder()
                                    .key(k)
                                    .build())
                            .toList()));
        }
        if (!changes.set().isEmpty()) {
            ec2.createTags(r -> r.resources(resourceId).tags(toSdk(changes.set())));
        }
    }

    private static List<software.amazon.awssdk.services.ec2.model.Tag> toSdk(List<Tag> tags) {
        return tags.stream()
                .map(t -> software.amazon.awssdk.services.ec2.model.Tag.builder()
                        .key(t.key())
                        .value(t.value())
                        .build())
                .toList();
    }
}
