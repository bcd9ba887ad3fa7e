package dev.gantry.changeset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "change_set")
class ChangeSetEntity {

    @Id
    private UUID id;

    @Column(name = "workspace_id")
    private UUID workspaceId;

    private String name;

    @Enumerated(EnumType.STRING)
    private ChangeSetStatus status;

    @Column(name = "base_version")
    private long baseVersion;

    @Column(name = "content_version")
    private long contentVersion;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "approval_hash")
    private String approvalHash;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "applied_version")
    private Long appliedVersion;

    @Column(name = "applied_at")
    private Instant appliedAt;

    protected ChangeSetEntity() {}

    ChangeSetEntity(UUID workspaceId, String name, long baseVersion, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.workspaceId = workspaceId;
        this.name = name;
        this.status = ChangeSetStatus.OPEN;
        this.baseVersion = baseVersion;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID workspaceId() {
        return workspaceId;
    }

    ChangeSetStatus status() {
        return status;
    }

    long baseVersion() {
        return baseVersion;
    }

    long contentVersion() {
        return contentVersion;
    }

    String createdBy() {
        return createdBy;
    }

    String approvalHash() {
        return approvalHash;
    }

    /** Any change of content reopens the change set: an approval covers only what was approved. */
    void edited(Instant now) {
        if (status.isFinal()) {
            throw new IllegalChangeSetStateException(
                    "Change set '" + name + "' is " + status + " and can no longer change");
        }
        status = ChangeSetStatus.OPEN;
        approvalHash = null;
        approvedBy = null;
        approvedAt = null;
        contentVersion++;
        updatedAt = now;
    }

    /** A name is a label, not content: renaming keeps approvals. What is applied or abandoned is history. */
    void rename(String newName, Instant now) {
        if (status.isFinal()) {
            throw new IllegalChangeSetStateException(
                    "Change set '" + name + "' is " + status + " and can no longer be renamed");
        }
        name = newName;
        updatedAt = now;
    }

    void moveTo(ChangeSetStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    void approve(String hash, String by, Instant now) {
        moveTo(ChangeSetStatus.APPROVED, now);
        approvalHash = hash;
        approvedBy = by;
        approvedAt = now;
    }

    /** A rejection also voids approvals: they covered content the change set is being sent back over. */
    void reject(Instant now) {
        moveTo(ChangeSetStatus.REJECTED, now);
        approvalHash = null;
        approvedBy = null;
        approvedAt = null;
    }

    void applied(long headVersion, Instant now) {
        moveTo(ChangeSetStatus.APPLIED, now);
        appliedVersion = headVersion;
        appliedAt = now;
    }

    void rebasedOnto(long headVersion, Instant now) {
        baseVersion = headVersion;
        updatedAt = now;
    }

    ChangeSetView view() {
        return new ChangeSetView(
                new ChangeSetId(id),
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
                java.util.List.of());
    }
}
