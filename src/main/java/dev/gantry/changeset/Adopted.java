package dev.gantry.changeset;

import java.util.List;

/** What an import or a discovery drew into a change set, and what it had to leave out (one sentence each). */
public record Adopted<T>(ChangeSetId changeSetId, T result, List<String> leftOut) {

    public Adopted {
        leftOut = List.copyOf(leftOut);
    }
}
