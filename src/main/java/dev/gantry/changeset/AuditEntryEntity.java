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
