package dev.gantry.changeset;

import dev.gantry.security.Actor;
import dev.gantry.security.MemberService;
import dev.gantry.security.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workspaces; one default workspace (created by the migration) until teams arrive. */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

    /**
     * @param minApprovals approvals (by members who did not edit it) a change set with cloud actions needs
     * @param members      how many members: with one, change sets apply without review
     */
    public record WorkspaceView(UUID id, String name, long headVersion, int minApprovals, int members) {}

    private final WorkspaceRepository workspaces;
    private final MemberService members;

    WorkspaceService(WorkspaceRepository workspaces, MemberService members) {
        this.workspaces = workspaces;
        this.members = members;
    }

    public List<WorkspaceView> list() {
        return workspaces.findAll().stream().map(this::view).toList();
    }

    public WorkspaceView current() {
        return view(workspaces.findById(WorkspaceEntity.DEFAULT_ID).orElseThrow());
    }

    /** Owners set how many approvals a change set needs. */
    @Transactional
    public WorkspaceView requireApprovals(int minApprovals) {
        Actor actor = Actor.current();
        if (!actor.has(Role.OWNER) || actor.viaToken()) {
            throw new AccessDeniedException("Only a signed-in owner changes workspace settings");
        }
        WorkspaceEntity ws =
                workspaces.lockForHeadChange(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        ws.requireApprovals(minApprovals);
        return view(ws);
    }

    private WorkspaceView view(WorkspaceEntity w) {
        return new WorkspaceView(w.id(), w.name(), w.headVersion(), w.minApprovals(), members.count());
    }
}
