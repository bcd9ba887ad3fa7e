package dev.gantry.changeset;

import static dev.gantry.changeset.FieldMergeTest.data;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.model.ComponentId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What a user's decision on a conflict does to the change set's row, without a database. */
class ConflictResolutionTest {

    private final ObjectNode base = data("vpc", "{'CidrBlock':'10.0.0.0/16'}");
    private final ObjectNode head = data("vpc", "{'CidrBlock':'10.1.0.0/16'}");
    private final ComponentRows.OverlayRow mine =
            new ComponentRows.OverlayRow(ComponentId.random(), null, data("vpc", "{'CidrBlock':'10.2.0.0/16'}"), base);

    @Test
    void keepingMineLeavesMyValueAndRestsTheFieldOnHead() {
        ComponentRows.OverlayRow kept = ConflictResolution.resolved(
                        mine, head, "domain.CidrBlock", Conflict.Resolution.KEEP_MINE)
                .orElseThrow();

        assertThat(kept.data().get("domain").get("CidrBlock").asString()).isEqualTo("10.2.0.0/16");
        assertThat(FieldMerge.conflicts(kept.id(), kept.base(), head, kept.data()))
                .isEmpty();
    }

    @Test
    void takingHeadsTakesItsValueAndEndsTheConflict() {
        ComponentRows.OverlayRow taken = ConflictResolution.resolved(
                        mine, head, "domain.CidrBlock", Conflict.Resolution.TAKE_HEAD)
                .orElseThrow();

        assertThat(taken.data().get("domain").get("CidrBlock").asString()).isEqualTo("10.1.0.0/16");
        assertThat(FieldMerge.conflicts(taken.id(), taken.base(), head, taken.data()))
                .isEmpty();
    }

    @Test
    void whenHeadRemovedTheComponentTakingHeadsDropsMyRowAndKeepingMineRecreatesIt() {
        assertThat(ConflictResolution.resolved(mine, null, "component", Conflict.Resolution.TAKE_HEAD))
                .isEmpty();

        ComponentRows.OverlayRow kept = ConflictResolution.resolved(
                        mine, null, "component", Conflict.Resolution.KEEP_MINE)
                .orElseThrow();
        assertThat(kept.data()).isEqualTo(mine.data());
        assertThat(kept.base()).as("rests on HEAD as it is: nothing there").isNull();
    }
}
