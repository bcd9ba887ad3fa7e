package dev.gantry.changeset;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<WorkspaceEntity, UUID> {

    /** Held by apply-merge and resource recording: they change HEAD. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from WorkspaceEntity w where w.id = :id")
    Optional<WorkspaceEntity> lockForHeadChange(UUID id);

    /** Held by edits: HEAD must not move under an edit that reads it (FOR SHARE). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select w from WorkspaceEntity w where w.id = :id")
    Optional<WorkspaceEntity> lockForRead(UUID id);
}
