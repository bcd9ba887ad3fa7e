package dev.gantry.changeset;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChangeSetRepository extends JpaRepository<ChangeSetEntity, UUID> {

    /** SELECT ... FOR UPDATE: the writers of one change set take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ChangeSetEntity c where c.id = :id")
    Optional<ChangeSetEntity> lock(UUID id);

    @Query("select c from ChangeSetEntity c where c.workspaceId = :workspaceId order by c.createdAt")
    List<ChangeSetEntity> inWorkspace(UUID workspaceId);

    @Query("select c from ChangeSetEntity c where c.workspaceId = :workspaceId and c.status in :statuses "
            + "order by c.createdAt")
    List<ChangeSetEntity> withStatus(UUID workspaceId, Collection<ChangeSetStatus> statuses);
}
