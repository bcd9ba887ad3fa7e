package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each change set stores itself (its overlay rows), kept in memory per version of the change set, with the
 * components decoded from them: without it every edit re-read and re-decoded every row the change set had
 * written, so building 1,000 components through the API got slower with each one.
 *
 * <p>Why a kept overlay is never stale:
 * <ul>
 * <li>Every write of a change set's rows goes through here and happens in a transaction that also advances the
 * change set's content version (an edit, a resolved conflict) or base version (a rebase), committed together.
 * So one {@link Version} names one overlay.</li>
 * <li>A reader reads the version before the rows: what it keeps under a version is never older than it.</li>
 * <li>An edit holds the change set's row FOR UPDATE: it reads the exact version, and after it commits, what it
 * wrote is applied to the kept overlay, now under the new version. A transaction that rolls back, or that wrote
 * without saying which version it commits, makes the change set be read again.</li>
 * <li>A transaction reads its own writes from the database and never shares what it read.</li>
 * </ul>
 */
@org.springframework.stereotype.Component
class OverlayCache {

    record Version(long content, long base) {
        static Version of(ChangeSetEntity cs) {
            return new Version(cs.contentVersion(), cs.baseVersion());
        }
    }

    /** A component decoded from its overlay row (and HEAD's row under it), reused while both stay the same. */
    record Decoded(ComponentRows.OverlayRow row, ComponentRows.@Nullable HeadRow head, Component component) {}

    /**
     * The model the last edit left: this version of the change set over {@code head}. The next edit takes it (only
     * one may change it) instead of building the whole model again, so that an edit costs what it changes.
     */
    private record KeptModel(HeadSnapshot head, Model model) {}

    private record Entry(
            Version version,
            ComponentRows.Overlay overlay,
            Map<ComponentId, Decoded> decoded,
            AtomicReference<@Nullable KeptModel> model) {}

    /** What one transaction wrote to one change set's overlay, in order; an empty value is a deletion. */
    private static final class Journal {
        final Map<ComponentId, Optional<ComponentRows.OverlayRow>> rows = new LinkedHashMap<>();
        final Map<Edge, Optional<ComponentRows.OverlayEdge>> edges = new LinkedHashMap<>();

        @Nullable
        Version from;

        @Nullable
        Version to;

        @Nullable
        KeptModel model;
    }

    private static final int MAX_ENTRIES = 128;
    private static final Object WRITTEN = new Object();

    private final ComponentRows rows;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    OverlayCache(ComponentRows rows) {
        this.rows = rows;
    }

    /** The change set's overlay as {@code cs} (read in this transaction) says it is, and its decoded components. */
    LoadedChangeSet load(HeadSnapshot head, ChangeSetEntity cs) {
        if (journals().containsKey(cs.id())) {
            return new LoadedChangeSet(head, rows.overlay(cs.id()), new HashMap<>());
        }
        Version version = Version.of(cs);
        Entry entry = entries.get(cs.id());
        if (entry == null || !entry.version().equals(version)) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entry = new Entry(version, rows.overlay(cs.id()), new ConcurrentHashMap<>(), new AtomicReference<>());
            entries.put(cs.id(), entry);
        }
        return new LoadedChangeSet(head, entry.overlay(), entry.decoded());
    }

    /**
     * The model an edit of {@code loaded} starts from: the one the previous edit left, when it is of the same version
     * over the same HEAD and nothing else in this transaction wrote to the change set; otherwise built from the rows.
     */
    Model modelForEdit(ChangeSetEntity cs, LoadedChangeSet loaded, ModelFactory models) {
        Entry entry = entries.get(cs.id());
        if (entry != null
                && entry.version().equals(Version.of(cs))
                && !journals().containsKey(cs.id())) {
            KeptModel kept = entry.model().getAndSet(null);
            if (kept != null && kept.head() == loaded.snapshot) {
                return kept.model();
            }
        }
        return loaded.model(models);
    }

    void put(UUID cs, ComponentRows.OverlayRow row) {
        rows.putOverlay(cs, row);
        journal(cs).rows.put(row.id(), Optional.of(row));
    }

    void drop(UUID cs, ComponentId id) {
        rows.dropOverlay(cs, id);
        journal(cs).rows.put(id, Optional.empty());
    }

    void putEdge(UUID cs, Edge e, boolean removed) {
        rows.putOverlayEdge(cs, e, removed);
        journal(cs).edges.put(e, Optional.of(new ComponentRows.OverlayEdge(e, removed)));
    }

    void dropEdge(UUID cs, Edge e) {
        rows.dropOverlayEdge(cs, e);
        journal(cs).edges.put(e, Optional.empty());
    }

    /**
     * This transaction commits the change set's writes as version {@code to}, made from version {@code from}; {@code
     * model} is the change set as it is then, over {@code head}, for the next edit.
     */
    void committing(UUID cs, Version from, Version to, HeadSnapshot head, Model model) {
        Journal journal = journal(cs);
        journal.model = journal.from == null ? new KeptModel(head, model) : null; // two edits in one transaction: none
        journal.from = from;
        journal.to = to;
    }

    private Journal journal(UUID cs) {
        Map<UUID, Journal> journals = journals();
        if (journals == NONE) {
            entries.remove(cs); // no transaction to follow: forget it
            return new Journal();
        }
        return journals.computeIfAbsent(cs, k -> new Journal());
    }

    private static final Map<UUID, Journal> NONE = Map.of();

    @SuppressWarnings("unchecked")
    private Map<UUID, Journal> journals() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return NONE;
        }
        Map<UUID, Journal> journals = (Map<UUID, Journal>) TransactionSynchronizationManager.getResource(WRITTEN);
        if (journals == null) {
            Map<UUID, Journal> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(WRITTEN, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WRITTEN);
                    created.forEach((cs, journal) -> follow(cs, journal, status == STATUS_COMMITTED));
                }
            });
            journals = created;
        }
        return journals;
    }

    private void follow(UUID cs, Journal journal, boolean committed) {
        Entry entry = entries.get(cs);
        if (!committed
                || journal.to == null
                || entry == null
                || !entry.version().equals(journal.from)) {
            entries.remove(cs);
            return;
        }
        Map<ComponentId, ComponentRows.OverlayRow> components = new LinkedHashMap<>();
        entry.overlay().components().forEach(r -> components.put(r.id(), r));
        journal.rows.forEach((id, row) -> row.ifPresentOrElse(r -> components.put(id, r), () -> components.remove(id)));
        Map<Edge, ComponentRows.OverlayEdge> edges = new LinkedHashMap<>();
        entry.overlay().edges().forEach(e -> edges.put(e.edge(), e));
        journal.edges.forEach((e, edge) -> edge.ifPresentOrElse(x -> edges.put(e, x), () -> edges.remove(e)));
        ComponentRows.Overlay next =
                new ComponentRows.Overlay(new ArrayList<>(components.values()), new ArrayList<>(edges.values()));
        Map<ComponentId, Decoded> decoded = new ConcurrentHashMap<>(entry.decoded());
        journal.rows.keySet().forEach(decoded::remove);
        entries.put(cs, new Entry(journal.to, next, decoded, new AtomicReference<>(journal.model)));
    }
}
