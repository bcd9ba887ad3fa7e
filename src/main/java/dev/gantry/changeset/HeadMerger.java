package dev.gantry.changeset;

import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import dev.gantry.model.ModelDiff;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges an approved change set into HEAD and rebases the other open change sets onto the new HEAD. Runs with
 * the workspace row locked FOR UPDATE, so no edit reads HEAD half-merged.
 */
@Component
class HeadMerger {

    private static final Set<ChangeSetStatus> REBASED = EnumSet.of(
            ChangeSetStatus.OPEN, ChangeSetStatus.NEEDS_APPROVAL, ChangeSetStatus.APPROVED, ChangeSetStatus.REJECTED);

    private final ChangeSetRepository changeSets;
    private final ComponentRows rows;
    private final OverlayCache overlays;
    private final ChangeSetEditor editor;
    private final ModelFactory models;
    private final Auditor auditor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HeadMerger(
            ChangeSetRepository changeSets,
            ComponentRows rows,
            OverlayCache overlays,
            ChangeSetEditor editor,
            ModelFactory models,
            Auditor auditor,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.changeSets = changeSets;
        this.rows = rows;
        this.overlays = overlays;
        this.editor = editor;
        this.models = models;
        this.auditor = auditor;
        this.events = events;
    }

    private static boolean approvedAsItIs(ChangeSetEntity cs, LoadedChangeSet loaded) {
        return cs.status() == ChangeSetStatus.APPROVED && ContentHash.of(loaded).equals(cs.approvalHash());
    }

    /**
     * Whether a change set may be merged: approved with the content that was approved, or, when it runs no cloud
     * action, any change set still open to edits that was not rejected.
     */
    static boolean mayApply(ChangeSetStatus status, boolean approvedAsItIs, boolean runsCloudActions) {
        return approvedAsItIs || (!runsCloudActions && !status.isFinal() && status != ChangeSetStatus.REJECTED);
    }

    /**
     * Merges into HEAD what was approved, exactly as approved. A change set whose diff runs no cloud action (a
     * layout or a rename) needs no approval: there is nothing for a reviewer to stop; nor does one in a workspace
     * with a single member ({@code reviewWaived}), where nobody else could review.
     */
    MergeResult merge(WorkspaceEntity ws, ChangeSetEntity cs, boolean reviewWaived) {
        LoadedChangeSet loaded = editor.load(cs);
        Model head = loaded.headModel(models);
        Model merged = loaded.model(models);
        ModelDiff.Result diff = ModelDiff.between(head, merged, loaded.touched(), loaded.removed());
        if (!mayApply(cs.status(), approvedAsItIs(cs, loaded), !diff.actions().isEmpty() && !reviewWaived)) {
            throw new IllegalChangeSetStateException("Only an approved change set can be applied, and only with "
                    + "the content that was approved (status: " + cs.status() + "); a change set that touches "
                    + "no cloud resource needs no approval");
        }
        List<Conflict> conflicts = loaded.conflicts();
        if (!conflicts.isEmpty()) {
            throw new MergeConflictException(conflicts);
        }
        long version = ws.advanceHead();
        ChangeSetId csId = new ChangeSetId(cs.id());
        for (ComponentRows.OverlayRow row : loaded.overlay.values()) {
            ObjectNode before = loaded.head.containsKey(row.id())
                    ? loaded.head.get(row.id()).data()
                    : null;
            ObjectNode after = merged.find(row.id()).map(ComponentCodec::data).orElse(null);
            if (after == null) {
                rows.dropHead(ws.id(), row.id());
            } else {
                rows.putHead(ws.id(), row.id(), after, version);
            }
            auditor.record(ws.id(), ChangeSetId.HEAD, "apply " + cs.view().name(), row.id(), before, after);
        }
        for (ComponentRows.OverlayEdge e : loaded.overlayEdges) {
            applyEdge(ws.id(), merged, e, version);
        }
        cs.applied(version, clock.instant());
        events.publishEvent(new ChangeSetChanged(ChangeSetId.HEAD, loaded.touched(), "apply"));
        List<ChangeSetId> rebased = rebaseOthers(ws, cs.id());
        return new MergeResult(csId, version, diff.actions(), rebased);
    }

    /**
     * Lets a change set rest on HEAD as it is now: fields it did not change follow HEAD, fields both sides
     * changed keep their old base so they stay reported as conflicts until the user decides.
     */
    void rebase(WorkspaceEntity ws, ChangeSetEntity cs) {
        LoadedChangeSet loaded = editor.load(cs);
        boolean contentMoved = false;
        for (ComponentRows.OverlayRow row : loaded.overlay.values()) {
            ComponentRows.HeadRow head = loaded.head.get(row.id());
            if (row.removal() == null && head != null) {
                ComponentRows.OverlayRow moved = rebased(row, head.data());
                contentMoved |= !FieldMerge.fields(moved.data()).equals(FieldMerge.fields(row.data()));
                overlays.put(cs.id(), moved);
            }
        }
        if (contentMoved && !cs.status().isFinal()) {
            cs.edited(clock.instant()); // what an approval covered has changed under it
        }
        cs.rebasedOnto(ws.headVersion(), clock.instant());
        auditor.record(ws.id(), new ChangeSetId(cs.id()), "rebase onto HEAD " + ws.headVersion(), null, null, null);
        events.publishEvent(new ChangeSetChanged(new ChangeSetId(cs.id()), loaded.touched(), "rebase"));
    }

    /** One edited component resting on HEAD's {@code head} now: see {@link #rebase}. */
    static ComponentRows.OverlayRow rebased(ComponentRows.OverlayRow row, ObjectNode head) {
        ObjectNode data = FieldMerge.effective(row.base(), head, row.data());
        ObjectNode base = FieldMerge.rebasedBase(row.base(), head, row.data());
        return new ComponentRows.OverlayRow(row.id(), null, data, base);
    }

    private List<ChangeSetId> rebaseOthers(WorkspaceEntity ws, UUID applied) {
        List<ChangeSetId> rebased = new ArrayList<>();
        for (ChangeSetEntity other : changeSets.withStatus(ws.id(), REBASED)) {
            if (!other.id().equals(applied)) {
                ChangeSetEntity locked = changeSets.lock(other.id()).orElseThrow();
                rebase(ws, locked);
                rebased.add(new ChangeSetId(locked.id()));
            }
        }
        return rebased;
    }

    private void applyEdge(UUID ws, Model merged, ComponentRows.OverlayEdge e, long version) {
        Edge edge = e.edge();
        boolean endsExist =
                merged.find(edge.from()).isPresent() && merged.find(edge.to()).isPresent();
        if (e.removed() || !endsExist) {
            rows.dropHeadEdge(ws, edge);
        } else {
            rows.putHeadEdge(ws, edge, version);
        }
    }
}
