package dev.gantry.changeset;

import dev.gantry.model.ComponentDiff;
import dev.gantry.model.ResourceChange;
import java.util.List;

/** A change set against HEAD: per component and property, the actions apply would run, and conflicts. */
public record DiffView(
        ChangeSetId changeSetId,
        long headVersion,
        List<ComponentDiff> components,
        List<ResourceChange> actions,
        List<Conflict> conflicts) {}
