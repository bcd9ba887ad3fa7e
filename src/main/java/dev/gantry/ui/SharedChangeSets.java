package dev.gantry.ui;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetView;
import dev.gantry.changeset.DiffView;
import dev.gantry.changeset.ReviewView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What every tab's change-set bar reads after a change (the change sets, their reviews, who may do what), read once
 * and shared by all the tabs the change reaches: with ten tabs open, an edit cost ten rounds of the same queries.
 *
 * <p>A reading is shared while no change has been published since it began, so it holds everything the changes
 * announced; it is read again after {@link #FRESH} whatever happens, for what changes without an event (who the
 * workspace's members are).
 */
@Component
class SharedChangeSets {

    static final Duration FRESH = Duration.ofSeconds(1);

    private final ChangeSetService changeSets;
    private final ServerEvents events;
    private volatile Reading last;

    SharedChangeSets(ChangeSetService changeSets, ServerEvents events) {
        this.changeSets = changeSets;
        this.events = events;
    }

    /** The change sets as read since the last change was published: by another tab, or now. */
    Reading sinceLastChange() {
        Reading reading = last;
        if (reading != null
                && reading.change == events.changesPublished()
                && System.nanoTime() - reading.readAt < FRESH.toNanos()) {
            return reading;
        }
        return now();
    }

    /** The change sets as they are now (after the user's own action, which must show at once). */
    Reading now() {
        long change = events.changesPublished(); // before reading: a change meanwhile makes the next reader read again
        Reading reading = new Reading(change, System.nanoTime(), changeSets.list(), changeSets.reviewWaived());
        last = reading;
        return reading;
    }

    /** One reading; what only some tabs need (one change set's reviews, its diff) is read by the first that asks. */
    final class Reading {

        private final long change;
        private final long readAt;
        private final List<ChangeSetView> all;
        private final boolean reviewWaived;
        private final Map<ChangeSetId, List<ReviewView>> reviews = new ConcurrentHashMap<>();
        private final Map<ChangeSetId, Boolean> resourceFree = new ConcurrentHashMap<>();
        private final Map<Asked, Boolean> mayApprove = new ConcurrentHashMap<>();

        private record Asked(ChangeSetId changeSet, String username) {}

        private Reading(long change, long readAt, List<ChangeSetView> all, boolean reviewWaived) {
            this.change = change;
            this.readAt = readAt;
            this.all = all;
            this.reviewWaived = reviewWaived;
        }

        /** Every change set of the workspace, final ones included. */
        List<ChangeSetView> all() {
            return all;
        }

        /** True while the workspace has a single member (see {@link ChangeSetService#reviewWaived}). */
        boolean reviewWaived() {
            return reviewWaived;
        }

        List<ReviewView> reviews(ChangeSetId id) {
            return reviews.computeIfAbsent(id, cs -> changeSets.get(cs).reviews());
        }

        /** The change set changes components but no resource: layout and renames, which need no reviewer. */
        boolean touchesNoResource(ChangeSetId id) {
            return resourceFree.computeIfAbsent(id, cs -> {
                DiffView diff = changeSets.diff(cs);
                return !diff.components().isEmpty() && diff.actions().isEmpty();
            });
        }

        boolean mayApprove(ChangeSetId id, String username) {
            return mayApprove.computeIfAbsent(new Asked(id, username), a -> changeSets.mayApprove(id, username));
        }
    }
}
