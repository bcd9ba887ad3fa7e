package dev.gantry.changeset;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Workspaces; one default workspace (created by the migration) until teams arrive. */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

    public record WorkspaceView(UUID id, String name, long headVersion) {
    }

    private final WorkspaceRepository workspaces;

    WorkspaceService(WorkspaceRepository workspaces) {
        this.workspaces = workspaces;
    }

    public List<WorkspaceView> list() {
        return workspaces.findAll().stream().map(w -> new WorkspaceView(w.id(), w.name(), w.headVersion())).toList();
    }

    public WorkspaceView current() {
        WorkspaceEntity w = workspaces.findById(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        return new WorkspaceView(w.id(), w.name(), w.headVersion());
    }
}
