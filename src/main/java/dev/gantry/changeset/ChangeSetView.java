package dev.gantry.changeset;

import java.time.Instant;
import java.util.List;

/**
 * A change set as lists and headers show it; {@code reviews} (approvals and rejections, oldest first) are filled
 * in when one change set is asked for.
 */
public record ChangeSetView(
        ChangeSetId id,
        String name,
        ChangeSetStatus status,
        long baseVersion,
        long contentVersion,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String approvedBy,
        Instant approvedAt,
        Long appliedVersion,
        List<ReviewView> reviews) {

    public ChangeSetView {
        reviews = List.copyOf(reviews);
    }

    ChangeSetView withReviews(List<ReviewView> all) {
        return new ChangeSetView(
                id,
                name,
                status,
                baseVersion,
                contentVersion,
                createdBy,
                createdAt,
                updatedAt,
                approvedBy,
                approvedAt,
                appliedVersion,
                all);
    }
}
