package dev.gantry.changeset;

import dev.gantry.model.ResourceChange;
import java.util.List;

/** What apply-merge did: HEAD's new version, the actions the cloud apply must run, the change sets rebased. */
public record MergeResult(
        ChangeSetId changeSetId, long headVersion, List<ResourceChange> actions, List<ChangeSetId> rebased) {}
