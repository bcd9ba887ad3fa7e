package dev.gantry.changeset;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntryEntity, Long> {

    @Query("select a from AuditEntryEntity a where a.changeSetId = :changeSetId order by a.id")
    List<AuditEntryEntity> ofChangeSet(UUID changeSetId);

    /** The rows of the change set's edits (those that belong to one), newest first. */
    @Query("select a from AuditEntryEntity a where a.changeSetId = :changeSetId and a.editId is not null "
            + "order by a.id desc")
    List<AuditEntryEntity> editsOfChangeSet(UUID changeSetId);

    @Query("select a from AuditEntryEntity a where a.changeSetId is null and a.workspaceId = :workspaceId "
            + "order by a.id")
    List<AuditEntryEntity> ofHead(UUID workspaceId);
}
