package dev.gantry.api;

import dev.gantry.changeset.AuditEntryView;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetView;
import dev.gantry.changeset.DiffView;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Change sets: fork, review, approve, abandon. {@code head} names HEAD where it fits. Applying (merge into HEAD and
 * the cloud actions, together) is {@code POST /api/change-sets/{id}/apply}, in {@link ApplyController}.
 */
@RestController
@RequestMapping("/api/change-sets")
class ChangeSetController {

    private final ChangeSetService changeSets;

    ChangeSetController(ChangeSetService changeSets) {
        this.changeSets = changeSets;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChangeSetView create(@RequestBody ApiRequests.CreateChangeSet request) {
        return changeSets.create(request.name());
    }

    /** Renames an open change set; approvals stay, since the content is the same. */
    @PutMapping("/{changeSet}/name")
    ChangeSetView rename(@PathVariable String changeSet, @RequestBody ApiRequests.Rename request) {
        return changeSets.rename(Ids.changeSet(changeSet), request.name());
    }

    @GetMapping
    List<ChangeSetView> list() {
        return changeSets.list();
    }

    @GetMapping("/{changeSet}")
    ChangeSetView get(@PathVariable String changeSet) {
        return changeSets.get(Ids.changeSet(changeSet));
    }

    /** Per component and property against HEAD, the actions apply would run, and conflicts. */
    @GetMapping("/{changeSet}/diff")
    DiffView diff(@PathVariable String changeSet) {
        return changeSets.diff(Ids.changeSet(changeSet));
    }

    @PostMapping("/{changeSet}/request-approval")
    ChangeSetView requestApproval(@PathVariable String changeSet) {
        return changeSets.requestApproval(Ids.changeSet(changeSet));
    }

    /** Approvers and owners who did not edit the change set; the workspace sets how many approvals it takes. */
    @PostMapping("/{changeSet}/approve")
    ChangeSetView approve(@PathVariable String changeSet) {
        return changeSets.approve(Ids.changeSet(changeSet));
    }

    /** Sends the change set back; {@code comment} (required) tells the author why. */
    @PostMapping("/{changeSet}/reject")
    ChangeSetView reject(@PathVariable String changeSet, @RequestBody ApiRequests.Reject request) {
        return changeSets.reject(Ids.changeSet(changeSet), request.comment());
    }

    @PostMapping("/{changeSet}/abandon")
    ChangeSetView abandon(@PathVariable String changeSet) {
        return changeSets.abandon(Ids.changeSet(changeSet));
    }

    @PostMapping("/{changeSet}/rebase")
    ChangeSetView rebase(@PathVariable String changeSet) {
        return changeSets.rebase(Ids.changeSet(changeSet));
    }

    @PostMapping("/{changeSet}/conflicts/resolve")
    DiffView resolveConflict(@PathVariable String changeSet, @RequestBody ApiRequests.ResolveConflict request) {
        return changeSets.resolveConflict(
                Ids.changeSet(changeSet), Ids.component(request.componentId()), request.field(), request.resolution());
    }

    @GetMapping("/{changeSet}/audit")
    List<AuditEntryView> audit(@PathVariable String changeSet) {
        return changeSets.audit(Ids.changeSet(changeSet));
    }
}
