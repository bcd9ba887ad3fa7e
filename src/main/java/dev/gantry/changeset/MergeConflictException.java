package dev.gantry.changeset;

import dev.gantry.GantryException;
import java.util.List;
import java.util.Map;

/** Apply-merge refused: HEAD and the change set changed the same fields. */
public class MergeConflictException extends GantryException {

    private final transient List<Conflict> conflicts;

    public MergeConflictException(List<Conflict> conflicts) {
        super(
                Kind.CONFLICT,
                "merge-conflict",
                "Conflicts with HEAD",
                conflicts.size() + " conflict(s) with HEAD: "
                        + conflicts.stream()
                                .map(c -> "`" + c.componentName() + "` " + c.field())
                                .toList()
                        + "; keep yours or take HEAD's for each, then apply again");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("conflicts", conflicts);
    }
}
