package dev.gantry.changeset;

import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

/** Applies a user's decision on one conflict to the change set's row. */
final class ConflictResolution {

    private final ComponentRows rows;
    private final UUID changeSet;

    ConflictResolution(ComponentRows rows, UUID changeSet) {
        this.rows = rows;
        this.changeSet = changeSet;
    }

    void resolve(ComponentRows.OverlayRow row, ObjectNode head, String field, Conflict.Resolution how) {
        if (field.equals("component")) {
            resolveRemoval(row, head, how);
            return;
        }
        var headValue = FieldMerge.fields(head).get(field);
        ObjectNode base = FieldMerge.with(row.base(), field, headValue);
        ObjectNode data = how == Conflict.Resolution.TAKE_HEAD ? FieldMerge.with(row.data(), field, headValue)
                : row.data();
        rows.putOverlay(changeSet, new ComponentRows.OverlayRow(row.id(), row.removal(), data, base));
    }

    /** One side removed the component: keeping mine re-bases on HEAD as it is (or re-creates it). */
    private void resolveRemoval(ComponentRows.OverlayRow row, ObjectNode head, Conflict.Resolution how) {
        if (how == Conflict.Resolution.TAKE_HEAD) {
            rows.dropOverlay(changeSet, row.id());
        } else {
            rows.putOverlay(changeSet, new ComponentRows.OverlayRow(row.id(), row.removal(), row.data(), head));
        }
    }
}
