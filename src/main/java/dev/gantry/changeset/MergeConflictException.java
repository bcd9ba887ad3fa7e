package dev.gantry.changeset;

import java.util.List;

/** Apply-merge refused: HEAD and the change set changed the same fields. */
public class MergeConflictException extends RuntimeException {

    private final transient List<Conflict> conflicts;

    public MergeConflictException(List<Conflict> conflicts) {
        super(conflicts.size() + " conflict(s) with HEAD: " + conflicts.stream()
                .map(c -> "`" + c.componentName() + "` " + c.field()).toList()
                + "; keep yours or take HEAD's for each, then apply again");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
