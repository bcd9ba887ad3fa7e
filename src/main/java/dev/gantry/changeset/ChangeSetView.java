package dev.gantry.changeset;

import java.time.Instant;

/** A change set as lists and headers show it. */
public record ChangeSetView(ChangeSetId id, String name, ChangeSetStatus status, long baseVersion,
                            long contentVersion, String createdBy, Instant createdAt, Instant updatedAt,
                            String approvedBy, Instant approvedAt, Long appliedVersion) {
}
