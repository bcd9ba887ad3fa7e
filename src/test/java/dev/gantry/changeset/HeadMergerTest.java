package dev.gantry.changeset;

import static dev.gantry.changeset.FieldMergeTest.data;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.model.ComponentId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** HEAD merging's rules without a database: who may apply, and how a change set rests on a new HEAD. */
class HeadMergerTest {

    @Test
    void anApprovedChangeSetMayBeAppliedWithTheContentThatWasApproved() {
        assertThat(HeadMerger.mayApply(ChangeSetStatus.APPROVED, true, true)).isTrue();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.APPROVED, false, true))
                .as("edited after approval")
                .isFalse();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.OPEN, false, true)).isFalse();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.NEEDS_APPROVAL, false, true))
                .isFalse();
    }

    @Test
    void aChangeSetThatRunsNoCloudActionNeedsNoApprovalUnlessRejectedOrFinished() {
        assertThat(HeadMerger.mayApply(ChangeSetStatus.OPEN, false, false)).isTrue();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.NEEDS_APPROVAL, false, false))
                .isTrue();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.REJECTED, false, false)).isFalse();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.APPLIED, false, false)).isFalse();
        assertThat(HeadMerger.mayApply(ChangeSetStatus.ABANDONED, false, false)).isFalse();
    }

    @Test
    void aRebasedRowFollowsHeadWhereUntouchedAndStillReportsItsConflicts() {
        ObjectNode base = data("vpc", "{'CidrBlock':'10.0.0.0/16','EnableDnsSupport':true}");
        ObjectNode head = data("vpc", "{'CidrBlock':'10.1.0.0/16','EnableDnsSupport':false}");
        ComponentRows.OverlayRow mine = new ComponentRows.OverlayRow(
                ComponentId.random(), null, data("vpc", "{'CidrBlock':'10.2.0.0/16','EnableDnsSupport':true}"), base);

        ComponentRows.OverlayRow rebased = HeadMerger.rebased(mine, head);

        assertThat(rebased.data().get("domain").get("EnableDnsSupport").asBoolean())
                .isFalse();
        assertThat(rebased.data().get("domain").get("CidrBlock").asString()).isEqualTo("10.2.0.0/16");
        assertThat(FieldMerge.conflicts(mine.id(), rebased.base(), head, rebased.data()))
                .singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("domain.CidrBlock"));
    }
}
