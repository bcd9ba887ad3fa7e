package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import dev.gantry.model.ModelChanges;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one edit of a change set inside the caller's transaction: lock, load, change the model, write only the
 * rows that changed (copy-on-write), audit, reopen the change set, publish. Writers of one change set are
 * serialised by {@code SELECT ... FOR UPDATE} on its row; HEAD is held with {@code FOR SHARE} meanwhile.
 */
@Component
class ChangeSetEditor {

    record Edited<T>(ChangeSetId changeSetId, Model model, T result) {}

    private final ChangeSetRepository changeSets;
    private final WorkspaceRepository workspaces;
    private final OverlayCache overlays;
    private final HeadSnapshots snapshots;
    private final ModelFactory models;
    private final Auditor auditor;
    private final ActingUser user;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    ChangeSetEditor(
            ChangeSetRepository changeSets,
            WorkspaceRepository workspaces,
            OverlayCache overlays,
            HeadSnapshots snapshots,
            ModelFactory models,
            Auditor auditor,
            ActingUser user,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.changeSets = changeSets;
        this.workspaces = workspaces;
        this.overlays = overlays;
        this.snapshots = snapshots;
        this.models = models;
        this.auditor = auditor;
        this.user = user;
        this.events = events;
    }

    /** An edit on HEAD lands in a new change set, created on the spot. */
    <T> Edited<T> edit(ChangeSetId id, String operation, Function<Model, T> mutation) {
        return edit(id, operation, AuditEntryEntity.Edit.plain(), mutation);
    }

    /** An edit whose audit rows are one group: {@code edit} says whether it undoes or redoes another. */
    <T> Edited<T> edit(ChangeSetId id, String operation, AuditEntryEntity.Edit edit, Function<Model, T> mutation) {
        ChangeSetService.requireRole(dev.gantry.security.Role.COLLABORATOR, "change the model");
        UUID workspace = WorkspaceEntity.DEFAULT_ID;
        WorkspaceEntity ws = workspaces.lockForRead(workspace).orElseThrow();
        ChangeSetEntity cs = id.isHead()
                ? create(ws, "Edit of " + DateTimeFormatter.ISO_INSTANT.format(clock.instant()))
                : changeSets.lock(id.value()).orElseThrow(() -> unknown(id));
        if (cs.status().isFinal()) {
            throw new IllegalChangeSetStateException("Change set is " + cs.status() + " and can no longer change");
        }
        LoadedChangeSet loaded = load(cs);
        Model model = overlays.modelForEdit(cs, loaded, models);
        T result = mutation.apply(model);
        ModelChanges changes = model.drainChanges();
        ChangeSetId csId = new ChangeSetId(cs.id());
        if (!changes.isEmpty() && write(cs, loaded, model, changes, operation, edit)) {
            OverlayCache.Version before = OverlayCache.Version.of(cs);
            cs.edited(clock.instant());
            overlays.committing(cs.id(), before, OverlayCache.Version.of(cs), loaded.snapshot, model);
            events.publishEvent(new ChangeSetChanged(csId, changes.componentIds(), operation));
        }
        return new Edited<>(csId, model, result);
    }

    /** A read of HEAD or of a change set as it is now, without locks. */
    <T> T read(ChangeSetId id, java.util.function.BiFunction<ChangeSetId, Model, T> reading) {
        if (id.isHead()) {
            HeadSnapshot head = snapshots.current(WorkspaceEntity.DEFAULT_ID);
            return reading.apply(id, models.build(head.components(), head.edges));
        }
        ChangeSetEntity cs = changeSets.findById(id.value()).orElseThrow(() -> unknown(id));
        return reading.apply(id, load(cs).model(models));
    }

    ChangeSetEntity create(WorkspaceEntity ws, String name) {
        Instant now = clock.instant();
        ChangeSetEntity cs = new ChangeSetEntity(ws.id(), name, ws.headVersion(), user.name(), now);
        entityManager.persist(cs); // a plain INSERT: save() would SELECT first for an assigned id
        auditor.record(
                ws.id(),
                new ChangeSetId(cs.id()),
                "create change set",
                null,
                null,
                JsonNodeFactory.instance.objectNode().put("name", name));
        return cs;
    }

    /** HEAD from the shared snapshot of its current version, plus the change set's own rows. */
    LoadedChangeSet load(ChangeSetEntity cs) {
        return overlays.load(snapshots.current(cs.workspaceId()), cs);
    }

    static UnknownChangeSetException unknown(ChangeSetId id) {
        return new UnknownChangeSetException("No change set " + id);
    }

    /**
     * Stores what the edit changed; false when it changed nothing (an empty patch, a move to where the component
     * is): then nothing is written or audited, and an approved change set stays approved.
     */
    private boolean write(
            ChangeSetEntity cs,
            LoadedChangeSet loaded,
            Model model,
            ModelChanges changes,
            String operation,
            AuditEntryEntity.Edit edit) {
        ChangeSetId csId = new ChangeSetId(cs.id());
        boolean wrote = !changes.removed().isEmpty()
                || !changes.edgesAdded().isEmpty()
                || !changes.edgesRemoved().isEmpty();
        for (ComponentId id : changes.upserted()) {
            ObjectNode before = loaded.effectiveData(id);
            ObjectNode after = ComponentCodec.data(model.require(id));
            if (after.equals(before)) {
                continue;
            }
            wrote = true;
            putComponent(cs.id(), loaded, id, after);
            auditor.record(cs.workspaceId(), csId, edit, operation, id, before, after);
        }
        changes.removed().forEach((id, how) -> {
            removeComponent(cs.id(), loaded, id, how);
            auditor.record(
                    cs.workspaceId(),
                    csId,
                    edit,
                    operation + " (" + how.name().toLowerCase() + ")",
                    id,
                    loaded.effectiveData(id),
                    null);
        });
        for (Edge e : changes.edgesAdded()) {
            if (loaded.headEdges.contains(e)) {
                overlays.dropEdge(cs.id(), e);
            } else {
                overlays.putEdge(cs.id(), e, false);
            }
            auditor.record(cs.workspaceId(), csId, edit, operation + " (connect)", e.to(), null, edgeJson(e));
        }
        for (Edge e : changes.edgesRemoved()) {
            if (loaded.headEdges.contains(e)) {
                overlays.putEdge(cs.id(), e, true);
            } else {
                overlays.dropEdge(cs.id(), e);
            }
            auditor.record(cs.workspaceId(), csId, edit, operation + " (disconnect)", e.to(), edgeJson(e), null);
        }
        return wrote;
    }

    private void putComponent(UUID cs, LoadedChangeSet loaded, ComponentId id, ObjectNode data) {
        ComponentRows.HeadRow head = loaded.head.get(id);
        ComponentRows.OverlayRow old = loaded.overlay.get(id);
        ObjectNode headData = head == null ? null : head.data();
        ObjectNode base = old != null ? old.base() : headData;
        ObjectNode newBase = FieldMerge.rebasedBase(base, headData, data);
        if (headData != null
                && FieldMerge.fields(data).equals(FieldMerge.fields(headData))
                && FieldMerge.conflicts(id, newBase, headData, data).isEmpty()) {
            overlays.drop(cs, id); // back to what HEAD has: nothing left to store
        } else {
            overlays.put(cs, new ComponentRows.OverlayRow(id, null, data, newBase));
        }
    }

    private void removeComponent(UUID cs, LoadedChangeSet loaded, ComponentId id, ModelChanges.Removal how) {
        ComponentRows.HeadRow head = loaded.head.get(id);
        ComponentRows.OverlayRow old = loaded.overlay.get(id);
        if (head == null && (old == null || old.base() == null)) {
            overlays.drop(cs, id);
        } else {
            ObjectNode base = old != null && old.base() != null ? old.base() : head.data();
            overlays.put(cs, new ComponentRows.OverlayRow(id, how.name(), null, base));
        }
    }

    static ObjectNode edgeJson(Edge e) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("from", e.from().toString())
                .put("output", e.output())
                .put("to", e.to().toString())
                .put("input", e.input());
    }
}
