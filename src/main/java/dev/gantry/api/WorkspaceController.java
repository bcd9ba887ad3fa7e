package dev.gantry.api;

import dev.gantry.changeset.WorkspaceService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/workspaces")
class WorkspaceController {

    private final WorkspaceService workspaces;

    WorkspaceController(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    @GetMapping
    List<WorkspaceService.WorkspaceView> list() {
        return workspaces.list();
    }

    @GetMapping("/current")
    WorkspaceService.WorkspaceView current() {
        return workspaces.current();
    }

    /** Owners: how many approvals (by members who did not edit it) a change set with cloud actions needs. */
    @PutMapping("/current/settings")
    WorkspaceService.WorkspaceView settings(@RequestBody ApiRequests.WorkspaceSettings request) {
        return workspaces.requireApprovals(request.minApprovals());
    }
}
