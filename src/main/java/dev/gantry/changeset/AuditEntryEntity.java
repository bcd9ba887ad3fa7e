package dev.gantry.changeset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "audit_entry")
class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id")
    private UUID workspaceId;

    @Column(name = "change_set_id")
    private UUID changeSetId;

    private String actor;
    private Instant at;
    private String action;

    @Column(name = "component_id")
    private UUID componentId;

    @JdbcTypeCode(SqlTypes.JSON)
    private String before;

    @JdbcTypeCode(SqlTypes.JSON)
    private String after;

    /** The edit that wrote this row; an undo's rows name the edit they undo, a redo's the undo it takes back. */
    @Column(name = "edit_id")
    private UUID editId;

    private UUID undoes;
    private UUID redoes;

    protected AuditEntryEntity() {}

    AuditEntryEntity(
            UUID workspaceId,
            UUID changeSetId,
            String actor,
            Instant at,
            String action,
            UUID componentId,
            String before,
            String after) {
        this.workspaceId = workspaceId;
        this.changeSetId = changeSetId;
        this.actor = actor;
        this.at = at;
        this.action = action;
        this.componentId = componentId;
        this.before = before;
        this.after = after;
    }

    AuditEntryEntity partOf(Edit edit) {
        this.editId = edit.id();
        this.undoes = edit.undoes();
        this.redoes = edit.redoes();
        return this;
    }

    UUID editId() {
        return editId;
    }

    UUID undoes() {
        return undoes;
    }

    UUID redoes() {
        return redoes;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    UUID componentId() {
        return componentId;
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }

    /** One edit as the audit groups it: its id, and what it undoes or redoes, if anything. */
    record Edit(UUID id, UUID undoes, UUID redoes) {
        static Edit plain() {
            return new Edit(UUID.randomUUID(), null, null);
        }
    }

    AuditEntryView view() {
        return new AuditEntryView(
                id,
                changeSetId == null ? ChangeSetId.HEAD : new ChangeSetId(changeSetId),
                actor,
                at,
                action,
                componentId == null ? null : new dev.gantry.model.ComponentId(componentId),
                ComponentCodec.redacted(ComponentCodec.parse(before)),
                ComponentCodec.redacted(ComponentCodec.parse(after)));
    }
}
