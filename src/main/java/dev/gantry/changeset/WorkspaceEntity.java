package dev.gantry.changeset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "workspace")
class WorkspaceEntity {

    /** The workspace the migration creates; one is enough until teams arrive. */
    static final UUID DEFAULT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Id
    private UUID id;

    private String name;

    @Column(name = "head_version")
    private long headVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "min_approvals")
    private int minApprovals;

    protected WorkspaceEntity() {}

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    long headVersion() {
        return headVersion;
    }

    int minApprovals() {
        return minApprovals;
    }

    void requireApprovals(int count) {
        if (count < 1 || count > 10) {
            throw new dev.gantry.model.InvalidInputException(
                    "minApprovals", "The minimum number of approvals is between 1 and 10");
        }
        minApprovals = count;
    }

    long advanceHead() {
        return ++headVersion;
    }
}
