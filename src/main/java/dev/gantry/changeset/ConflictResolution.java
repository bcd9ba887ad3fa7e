package dev.gantry.changeset;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** Applies a user's decision on one conflict to the change set's row. */
final class ConflictResolution {

    private final OverlayCache rows;
    private final UUID changeSet;

    ConflictResolution(OverlayCache rows, UUID changeSet) {
        this.rows = rows;
        this.changeSet = changeSet;
    }

    void resolve(ComponentRows.OverlayRow row, @Nullable ObjectNode head, String field, Conflict.Resolution how) {
        resolved(row, head, field, how)
                .ifPresentOrElse(kept -> rows.put(changeSet, kept), () -> rows.drop(changeSet, row.id()));
    }

    /**
     * The change set's row once the user decided: the field now rests on HEAD's value (so it is no longer a
     * conflict), and holds HEAD's value too when they took HEAD's. When one side removed the component, keeping
     * mine re-bases on HEAD as it is (or re-creates it) and taking HEAD's drops the change set's row (empty).
     */
    static Optional<ComponentRows.OverlayRow> resolved(
            ComponentRows.OverlayRow row, @Nullable ObjectNode head, String field, Conflict.Resolution how) {
        if (field.equals("component")) {
            return how == Conflict.Resolution.TAKE_HEAD
                    ? Optional.empty()
                    : Optional.of(new ComponentRows.OverlayRow(row.id(), row.removal(), row.data(), head));
        }
        var headValue = FieldMerge.fields(head).get(field);
        ObjectNode base = FieldMerge.with(row.base(), field, headValue);
        ObjectNode data =
                how == Conflict.Resolution.TAKE_HEAD ? FieldMerge.with(row.data(), field, headValue) : row.data();
        return Optional.of(new ComponentRows.OverlayRow(row.id(), row.removal(), data, base));
    }
}
