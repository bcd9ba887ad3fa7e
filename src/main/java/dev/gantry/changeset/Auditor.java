package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Writes the audit log: every mutation, in the same transaction as the mutation itself. */
@Component
class Auditor {

    private final AuditEntryRepository entries;
    private final ActingUser user;
    private final Clock clock;

    Auditor(AuditEntryRepository entries, ActingUser user, Clock clock) {
        this.entries = entries;
        this.user = user;
        this.clock = clock;
    }

    void record(
            UUID workspace,
            ChangeSetId changeSet,
            String action,
            ComponentId component,
            JsonNode before,
            JsonNode after) {
        entries.save(entry(workspace, changeSet, action, component, before, after));
    }

    /** A row of one edit of the model, which undo and redo find by its edit id. */
    void record(
            UUID workspace,
            ChangeSetId changeSet,
            AuditEntryEntity.Edit edit,
            String action,
            ComponentId component,
            JsonNode before,
            JsonNode after) {
        entries.save(
                entry(workspace, changeSet, action, component, before, after).partOf(edit));
    }

    private AuditEntryEntity entry(
            UUID workspace,
            ChangeSetId changeSet,
            String action,
            ComponentId component,
            JsonNode before,
            JsonNode after) {
        return new AuditEntryEntity(
                workspace,
                changeSet == null || changeSet.isHead() ? null : changeSet.value(),
                user.name(),
                clock.instant(),
                action,
                component == null ? null : component.value(),
                ComponentCodec.write(before),
                ComponentCodec.write(after));
    }
}
