package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;
import tools.jackson.databind.node.ObjectNode;

/**
 * Elastic Load Balancing v2 tagging. Its creates take no client token and its describe calls cannot filter by
 * tag, so a repeated create lists the candidates and reads their tags (DescribeTags, 20 ARNs a call).
 */
final class ElbTags {

    private static final int DESCRIBE_TAGS_LIMIT = 20;

    private ElbTags() {}

    static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag> forCreate(ResourceRequest r) {
        return toSdk(Tag.forCreate(r));
    }

    /** The ARN among {@code arns} that carries this action's idempotency token, if an earlier attempt made one. */
    static Optional<String> findOwned(ElasticLoadBalancingV2Client elb, List<String> arns, ResourceRequest request) {
        for (int from = 0; from < arns.size(); from += DESCRIBE_TAGS_LIMIT) {
            List<String> batch = arns.subList(from, Math.min(arns.size(), from + DESCRIBE_TAGS_LIMIT));
            Optional<String> owned = elb.describeTags(r -> r.resourceArns(batch)).tagDescriptions().stream()
                    .filter(d -> d.tags().stream()
                            .anyMatch(t -> Tag.TOKEN.equals(t.key())
                                    && request.idempotencyToken().equals(t.value())))
                    .map(TagDescription::resourceArn)
                    .findFirst();
            if (owned.isPresent()) {
                return owned;
            }
        }
        return Optional.empty();
    }

    static List<Tag> read(ElasticLoadBalancingV2Client elb, String arn) {
        return elb.describeTags(r -> r.resourceArns(arn)).tagDescriptions().stream()
                .flatMap(d -> d.tags().stream())
                .map(t -> new Tag(t.key(), t.value()))
                .toList();
    }

    /** Brings the user's tags from {@code previous} to {@code desired}; Gantry's own tags stay. */
    static void update(ElasticLoadBalancingV2Client elb, String arn, ObjectNode previous, ObjectNode desired) {
        TagChanges changes = TagChanges.between(previous, desired);
        if (!changes.removedKeys().isEmpty()) {
            elb.removeTags(r -> r.resourceArns(arn).tagKeys(changes.removedKeys()));
        }
        if (!changes.set().isEmpty()) {
            elb.addTags(r -> r.resourceArns(arn).tags(toSdk(changes.set())));
        }
    }

    private static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag> toSdk(List<Tag> tags) {
        return tags.stream()
                .map(t -> software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder()
                        .key(t.key())
                        .value(t.value())
                        .build())
                .toList();
    }
}
