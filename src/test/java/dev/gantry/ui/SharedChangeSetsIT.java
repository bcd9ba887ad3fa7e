package dev.gantry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tabs a change reaches share one reading of the change sets, and none of them is shown a reading older than
 * the change: the one after it is read anew.
 */
@GantryIntegrationTest
@AsOwner
class SharedChangeSetsIT {

    @Autowired
    SharedChangeSets shared;

    @Autowired
    ChangeSetService changeSets;

    @Test
    void tabsShareOneReadingUntilTheNextChange() {
        ChangeSetId id = changeSets.create("before the rename").id();
        SharedChangeSets.Reading first = shared.sinceLastChange();
        assertThat(shared.sinceLastChange()).as("the next tab's reading").isSameAs(first);
        assertThat(name(first, id)).isEqualTo("before the rename");

        changeSets.rename(id, "after the rename");

        SharedChangeSets.Reading after = shared.sinceLastChange();
        assertThat(after).isNotSameAs(first);
        assertThat(name(after, id)).isEqualTo("after the rename");
        assertThat(shared.sinceLastChange()).isSameAs(after);
    }

    @Test
    void aReadingIsReadAgainOnceItIsOlderThanFreshEvenWithoutAChange() throws InterruptedException {
        SharedChangeSets.Reading first = shared.sinceLastChange();
        Thread.sleep(SharedChangeSets.FRESH.toMillis() + 50);
        assertThat(shared.sinceLastChange()).isNotSameAs(first);
    }

    @Test
    void theUsersOwnActionsReadNow() {
        SharedChangeSets.Reading shared1 = shared.sinceLastChange();
        assertThat(shared.now()).isNotSameAs(shared1);
    }

    private static String name(SharedChangeSets.Reading reading, ChangeSetId id) {
        return reading.all().stream()
                .filter(cs -> cs.id().equals(id))
                .map(ChangeSetView::name)
                .findFirst()
                .orElseThrow();
    }
}
