package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.ModelDiff;
import dev.gantry.security.Actor;
import dev.gantry.security.MemberService;
import dev.gantry.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.node.ObjectNode;

/** Change sets: fork from HEAD, review (diff, approval), apply-merge into HEAD, rebase, abandon, audit. */
@Service
@Transactional
public class ChangeSetService {

    private final ChangeSetRepository changeSets;
    private final WorkspaceRepository workspaces;
    private final AuditEntryRepository audit;
    private final ChangeSetEditor editor;
    private final HeadMerger merger;
    private final ModelFactory models;
    private final ComponentRows rows;
    private final Auditor auditor;
    private final Reviews reviews;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DiffCache diffs;
    private final OverlayCache overlays;

    ChangeSetService(
            ChangeSetRepository changeSets,
            WorkspaceRepository workspaces,
            AuditEntryRepository audit,
            ChangeSetEditor editor,
            HeadMerger merger,
            ModelFactory models,
            ComponentRows rows,
            Auditor auditor,
            Reviews reviews,
            MemberService members,
            ApplicationEventPublisher events,
            Clock clock,
            DiffCache diffs,
            OverlayCache overlays) {
        this.clock = clock;
        this.diffs = diffs;
        this.overlays = overlays;
        this.changeSets = changeSets;
        this.workspaces = workspaces;
        this.audit = audit;
        this.editor = editor;
        this.merger = merger;
        this.models = models;
        this.rows = rows;
        this.auditor = auditor;
        this.reviews = reviews;
        this.members = members;
        this.events = events;
    }

    /** Forks from HEAD in O(1): one row, whatever the size of HEAD. */
    public ChangeSetView create(String name) {
        requireRole(Role.COLLABORATOR, "create change sets");
        WorkspaceEntity ws = workspaces.findById(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        String label = name == null || name.isBlank()
                ? "Change set"
                : dev.gantry.model.InputLimits.name("name", name).strip();
        ChangeSetView created = editor.create(ws, label).view();
        events.publishEvent(new ChangeSetChanged(created.id(), Set.of(), "create change set"));
        return created;
    }

    /** Its author, an approver or an owner renames an open change set; approvals stay (the content is the same). */
    public ChangeSetView rename(ChangeSetId id, String name) {
        Actor actor = requireRole(Role.COLLABORATOR, "rename change sets");
        String label = name == null
                ? ""
                : dev.gantry.model.InputLimits.name("name", name).strip();
        if (label.isEmpty()) {
            throw new dev.gantry.model.InvalidInputException("name", "A change set needs a name");
        }
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        if (!actor.has(Role.APPROVER) && !actor.name().equals(cs.createdBy())) {
            throw new AccessDeniedException("Only its author, an approver or an owner renames a change set");
        }
        cs.rename(label, clock.instant());
        ChangeSetView view = withReviews(cs);
        auditor.record(
                cs.workspaceId(),
                id,
                "rename change set",
                null,
                null,
                ComponentCodec.JSON.createObjectNode().put("name", label));
        events.publishEvent(new ChangeSetChanged(id, Set.of(), "rename change set"));
        return view;
    }

    @Transactional(readOnly = true)
    public List<ChangeSetView> list() {
        return changeSets.inWorkspace(WorkspaceEntity.DEFAULT_ID).stream()
                .map(ChangeSetEntity::view)
                .toList();
    }

    /** The change set with its reviews. */
    @Transactional(readOnly = true)
    public ChangeSetView get(ChangeSetId id) {
        return withReviews(find(id));
    }

    /** True while the workspace has a single member: nobody else could review, so change sets apply directly. */
    @Transactional(readOnly = true)
    public boolean reviewWaived() {
        return members.count() <= 1;
    }

    /** Who may approve this change set now: approvers and owners who did not edit it (anyone, when alone). */
    @Transactional(readOnly = true)
    public boolean mayApprove(ChangeSetId id, String username) {
        ChangeSetEntity cs = find(id);
        return reviewWaived() || !reviews.editors(cs.id(), cs.createdBy()).contains(username);
    }

    /**
     * The diff against HEAD. Computed once per {@link #version} and shared when read from committed data; inside a
     * transaction that has just written (and may still roll back) it is computed afresh and not kept.
     */
    @Transactional(readOnly = true)
    public DiffView diff(ChangeSetId id) {
        ChangeSetEntity cs = find(id);
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return computeDiff(id, cs);
        }
        return diffs.get(id, version(cs), () -> computeDiff(id, cs));
    }

    /** What the change set (or HEAD) holds now, as a version: equal versions, equal content. */
    @Transactional(readOnly = true)
    public ContentVersion version(ChangeSetId id) {
        return id.isHead() ? new ContentVersion(0, 0, rows.headVersion(WorkspaceEntity.DEFAULT_ID)) : version(find(id));
    }

    private ContentVersion version(ChangeSetEntity cs) {
        return new ContentVersion(cs.contentVersion(), cs.baseVersion(), rows.headVersion(cs.workspaceId()));
    }

    private DiffView computeDiff(ChangeSetId id, ChangeSetEntity cs) {
        LoadedChangeSet loaded = editor.load(cs);
        ModelDiff.Result diff =
                ModelDiff.between(loaded.headModel(models), loaded.model(models), loaded.touched(), loaded.removed());
        return new DiffView(id, loaded.snapshot.version, diff.components(), diff.actions(), loaded.conflicts());
    }

    public ChangeSetView requestApproval(ChangeSetId id) {
        requireRole(Role.COLLABORATOR, "request approval");
        return transition(id, "request approval", ChangeSetStatus.OPEN, ChangeSetStatus.NEEDS_APPROVAL);
    }

    /**
     * An approval by an approver or owner who did not edit the change set (GitHub's rule for pull requests;
     * waived while the workspace has a single member), bound to the exact content now: any later edit voids it.
     * The change set is approved once the workspace's minimum number of such approvals is reached.
     */
    public ChangeSetView approve(ChangeSetId id) {
        Actor actor = requireRole(Role.APPROVER, "approve change sets");
        WorkspaceEntity ws = workspaces.findById(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        ChangeSetEntity cs = lockWithStatus(id, "approve", ChangeSetStatus.NEEDS_APPROVAL);
        boolean alone = reviewWaived();
        if (!alone && reviews.editors(cs.id(), cs.createdBy()).contains(actor.name())) {
            throw new AccessDeniedException(
                    actor.name() + " edited this change set; it must be approved by " + "someone who did not");
        }
        String hash = ContentHash.of(editor.load(cs));
        Set<String> approvers = reviews.approvers(cs.id(), hash, cs.contentVersion());
        if (approvers.contains(actor.name())) {
            throw new IllegalChangeSetStateException("You approved this change set already");
        }
        reviews.record(
                cs.id(), actor.name(), Reviews.Decision.APPROVE, hash, cs.contentVersion(), null, clock.instant());
        int count = approvers.size() + 1;
        int required = alone ? 1 : ws.minApprovals();
        if (count < required) {
            return recorded(cs, "approve (" + count + " of " + required + " approvals)");
        }
        cs.approve(hash, actor.name(), clock.instant());
        return recorded(cs, "approve");
    }

    /** Sends the change set back with the reviewer's reason; an edit reopens it. */
    public ChangeSetView reject(ChangeSetId id, String comment) {
        Actor actor = requireRole(Role.APPROVER, "reject change sets");
        if (comment == null || comment.isBlank()) {
            throw new dev.gantry.model.InvalidInputException(
                    "comment", "Say why: a rejection needs a comment for the author");
        }
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        if (cs.status() != ChangeSetStatus.NEEDS_APPROVAL && cs.status() != ChangeSetStatus.APPROVED) {
            throw new IllegalChangeSetStateException(
                    "Cannot reject a change set that is " + cs.status() + "; it must be awaiting approval or approved");
        }
        reviews.record(
                cs.id(),
                actor.name(),
                Reviews.Decision.REJECT,
                ContentHash.of(editor.load(cs)),
                cs.contentVersion(),
                comment.strip(),
                clock.instant());
        cs.reject(clock.instant());
        return recorded(cs, "reject");
    }

    public ChangeSetView abandon(ChangeSetId id) {
        Actor actor = requireRole(Role.COLLABORATOR, "abandon change sets");
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        if (!actor.has(Role.APPROVER) && !actor.name().equals(cs.createdBy())) {
            throw new AccessDeniedException("Only its author, an approver or an owner abandons a change set");
        }
        if (cs.status().isFinal()) {
            throw new IllegalChangeSetStateException("Cannot abandon a change set that is " + cs.status());
        }
        cs.moveTo(ChangeSetStatus.ABANDONED, clock.instant());
        return recorded(cs, "abandon");
    }

    /**
     * Merges an approved change set into HEAD (conflicts refuse the merge and are listed), then rebases the
     * other open change sets. Returns the actions the cloud apply must run.
     */
    public MergeResult applyMerge(ChangeSetId id) {
        WorkspaceEntity ws =
                workspaces.lockForHeadChange(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        MergeResult result = merger.merge(ws, cs, false);
        recorded(cs, "apply-merge into HEAD " + result.headVersion());
        return result;
    }

    /** Rests the change set on HEAD as it is now (apply-merge does this for every open change set). */
    public ChangeSetView rebase(ChangeSetId id) {
        requireRole(Role.COLLABORATOR, "rebase change sets");
        WorkspaceEntity ws = workspaces.lockForRead(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        if (cs.status().isFinal()) {
            throw new IllegalChangeSetStateException(
                    "Cannot rebase a change set that is " + cs.status() + "; only open ones rest on HEAD");
        }
        merger.rebase(ws, cs);
        return cs.view();
    }

    /** Settles one conflict: keep the change set's value, or take HEAD's. */
    public DiffView resolveConflict(ChangeSetId id, ComponentId component, String field, Conflict.Resolution how) {
        requireRole(Role.COLLABORATOR, "resolve conflicts");
        workspaces.lockForRead(WorkspaceEntity.DEFAULT_ID).orElseThrow();
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        LoadedChangeSet loaded = editor.load(cs);
        ComponentRows.OverlayRow row = loaded.overlay.get(component);
        ComponentRows.HeadRow head = loaded.head.get(component);
        boolean conflicting = loaded.conflicts().stream()
                .anyMatch(c -> c.componentId().equals(component) && c.field().equals(field));
        if (row == null || !conflicting) {
            // Nothing to settle: writing, auditing or reopening an approved change set would change it for nothing.
            throw new IllegalChangeSetStateException(
                    "No conflict on `" + field + "` of component " + component + " in this change set");
        }
        new ConflictResolution(overlays, cs.id()).resolve(row, head == null ? null : head.data(), field, how);
        cs.edited(clock.instant());
        auditor.record(cs.workspaceId(), id, "resolve conflict " + field + " (" + how + ")", component, null, null);
        events.publishEvent(new ChangeSetChanged(id, Set.of(component), "resolve conflict"));
        return diff(id);
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> audit(ChangeSetId id) {
        if (id.isHead()) {
            return audit.ofHead(WorkspaceEntity.DEFAULT_ID).stream()
                    .map(AuditEntryEntity::view)
                    .toList();
        }
        return audit.ofChangeSet(find(id).id()).stream()
                .map(AuditEntryEntity::view)
                .toList();
    }

    private ChangeSetView transition(ChangeSetId id, String action, ChangeSetStatus from, ChangeSetStatus to) {
        ChangeSetEntity cs = lockWithStatus(id, action, from);
        cs.moveTo(to, clock.instant());
        return recorded(cs, action);
    }

    private ChangeSetEntity lockWithStatus(ChangeSetId id, String action, ChangeSetStatus required) {
        ChangeSetEntity cs =
                changeSets.lock(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
        if (cs.status() != required) {
            throw new IllegalChangeSetStateException(
                    "Cannot " + action + " a change set that is " + cs.status() + "; it must be " + required);
        }
        return cs;
    }

    private ChangeSetView withReviews(ChangeSetEntity cs) {
        return cs.view().withReviews(reviews.of(cs.id(), cs.contentVersion()));
    }

    static Actor requireRole(Role role, String what) {
        Actor actor = Actor.current();
        if (!actor.has(role)) {
            throw new AccessDeniedException("Only " + role.label().toLowerCase() + "s and above may " + what
                    + (actor.role() == null
                            ? ""
                            : "; you are " + actor.role().label().toLowerCase()));
        }
        return actor;
    }

    private ChangeSetView recorded(ChangeSetEntity cs, String action) {
        ChangeSetView view = withReviews(cs);
        ObjectNode after = ComponentCodec.JSON
                .createObjectNode()
                .put("status", view.status().name());
        auditor.record(cs.workspaceId(), view.id(), action, null, null, after);
        events.publishEvent(new ChangeSetChanged(view.id(), Set.of(), action));
        return view;
    }

    private ChangeSetEntity find(ChangeSetId id) {
        return changeSets.findById(requireChangeSet(id).value()).orElseThrow(() -> ChangeSetEditor.unknown(id));
    }

    private static ChangeSetId requireChangeSet(ChangeSetId id) {
        if (id.isHead()) {
            throw new IllegalChangeSetStateException("HEAD is the applied model, not a change set");
        }
        return id;
    }
}
