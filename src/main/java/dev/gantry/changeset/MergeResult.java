package dev.gantry.changeset;

import dev.gantry.model.PlannedAction;

import java.util.List;

/** What apply-merge did: HEAD's new version, the actions the cloud apply must run, the change sets rebased. */
public record MergeResult(ChangeSetId changeSetId, long headVersion, List<PlannedAction> actions,
                          List<ChangeSetId> rebased) {
}
