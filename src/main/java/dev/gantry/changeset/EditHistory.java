package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Undo and redo of a user's own edits in a change set. An undo is an edit like any other: it puts back what the
 * undone edit's audit rows say was there before, and is recorded in the audit naming the edit it undoes; a redo
 * takes an undo back the same way. So both survive a reload, and the audit tells the whole story.
 */
@Service
class EditHistory {

    private final AuditEntryRepository audit;
    private final ChangeSetEditor editor;
    private final ActingUser user;

    EditHistory(AuditEntryRepository audit, ChangeSetEditor editor, ActingUser user) {
        this.audit = audit;
        this.editor = editor;
        this.user = user;
    }

    /** One edit's audit rows, oldest first. */
    private record Group(
            UUID id,
            @Nullable UUID undoes,
            @Nullable UUID redoes,
            String actor,
            String operation,
            List<AuditEntryEntity> rows) {

        boolean plain() {
            return undoes == null && redoes == null;
        }
    }

    /** Undoes the user's latest edit not undone yet; empty when there is none. */
    Optional<String> undo(ChangeSetId changeSet) {
        List<Group> groups = groups(changeSet);
        Set<UUID> undone =
                groups.stream().map(Group::undoes).filter(u -> u != null).collect(Collectors.toSet());
        return groups.stream()
                .filter(g -> g.actor().equals(user.name()) && g.undoes() == null && !undone.contains(g.id()))
                .findFirst()
                .map(g -> invert(
                        changeSet,
                        g,
                        "undo " + g.operation(),
                        new AuditEntryEntity.Edit(UUID.randomUUID(), g.id(), null)));
    }

    /** Redoes the user's latest undo, as long as they made no new edit since; empty when there is none. */
    Optional<String> redo(ChangeSetId changeSet) {
        List<Group> groups = groups(changeSet);
        Set<UUID> redone =
                groups.stream().map(Group::redoes).filter(r -> r != null).collect(Collectors.toSet());
        for (Group g : groups) {
            if (!g.actor().equals(user.name()) || g.redoes() != null) {
                continue;
            }
            if (g.plain()) {
                return Optional.empty(); // a new edit after an undo ends what can be redone
            }
            if (!redone.contains(g.id())) {
                String operation = g.operation().replaceFirst("^undo ", "");
                return Optional.of(invert(
                        changeSet, g, "redo " + operation, new AuditEntryEntity.Edit(UUID.randomUUID(), null, g.id())));
            }
        }
        return Optional.empty();
    }

    private String invert(ChangeSetId changeSet, Group group, String operation, AuditEntryEntity.Edit edit) {
        editor.edit(changeSet, operation, edit, model -> {
            List<AuditEntryEntity> newestFirst = group.rows().reversed();
            newestFirst.stream().filter(r -> !isEdge(r) && r.before() == null).forEach(r -> retract(model, r));
            restore(
                    model,
                    newestFirst.stream()
                            .filter(r -> !isEdge(r) && r.before() != null)
                            .toList());
            newestFirst.stream().filter(EditHistory::isEdge).forEach(r -> putBackEdge(model, r));
            return null;
        });
        return operation;
    }

    /** What the edit created goes again. */
    private static void retract(Model model, AuditEntryEntity row) {
        ComponentId id = new ComponentId(row.componentId());
        if (model.find(id).isPresent()) {
            model.retract(id);
        }
    }

    /** What the edit changed or deleted comes back as it was, frames before what they hold. */
    private static void restore(Model model, List<AuditEntryEntity> rows) {
        List<AuditEntryEntity> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            List<AuditEntryEntity> ready = pending.stream()
                    .filter(r -> frameIsThere(model, ComponentCodec.parse(r.before())))
                    .toList();
            List<AuditEntryEntity> now = ready.isEmpty() ? List.copyOf(pending) : ready; // the model says why
            now.forEach(r -> {
                ComponentId id = new ComponentId(r.componentId());
                var resource = model.find(id).map(Component::resource).orElse(null);
                model.restore(ComponentCodec.component(id, ComponentCodec.parse(r.before()), resource));
            });
            pending.removeAll(now);
        }
    }

    private static boolean frameIsThere(Model model, ObjectNode data) {
        String parent = data.path("parent").asString(null);
        return parent == null || model.find(ComponentId.parse(parent)).isPresent();
    }

    private static void putBackEdge(Model model, AuditEntryEntity row) {
        boolean connected = row.after() != null;
        JsonNode edge = ComponentCodec.parse(connected ? row.after() : row.before());
        Edge e = new Edge(
                ComponentId.parse(edge.get("from").asString()),
                edge.get("output").asString(),
                ComponentId.parse(edge.get("to").asString()),
                edge.get("input").asString());
        boolean present = model.edges().contains(e);
        if (connected && present) {
            model.disconnect(e.from(), e.output(), e.to(), e.input());
        } else if (!connected
                && !present
                && model.find(e.from()).isPresent()
                && model.find(e.to()).isPresent()) {
            model.connect(e.from(), e.output(), e.to(), e.input());
        }
    }

    private static boolean isEdge(AuditEntryEntity row) {
        return row.action().endsWith(" (connect)") || row.action().endsWith(" (disconnect)");
    }

    /** The change set's edits, newest first. */
    private List<Group> groups(ChangeSetId changeSet) {
        Map<UUID, List<AuditEntryEntity>> byEdit = new LinkedHashMap<>();
        for (AuditEntryEntity row : audit.editsOfChangeSet(changeSet.value())) {
            byEdit.computeIfAbsent(row.editId(), k -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        byEdit.forEach((id, newestFirst) -> {
            AuditEntryEntity first = newestFirst.getLast();
            groups.add(new Group(
                    id,
                    first.undoes(),
                    first.redoes(),
                    first.actor(),
                    first.action().replaceFirst(" \\((connect|disconnect|delete|erase)\\)$", ""),
                    newestFirst.reversed()));
        });
        return groups;
    }
}
