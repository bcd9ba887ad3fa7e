package dev.gantry.changeset;

import dev.gantry.model.CodeView;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Model;
import dev.gantry.model.Qualification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a user does to components, in a change set (an edit addressed to {@link ChangeSetId#HEAD} lands in
 * a new change set, named in the answer). Each call is one transaction.
 */
@Service
@Transactional
public class ComponentService {

    /** What a delete or erase removed: the component and everything inside it. */
    public record Removed(ChangeSetId changeSetId, List<ComponentId> componentIds) {}

    /** What a paste created: original id → id of the copy. */
    public record Pasted(ChangeSetId changeSetId, Map<ComponentId, ComponentId> copies) {}

    /** What a batch of edits returned, and the change set it landed in (an edit on HEAD forks one). */
    public record Batch<T>(ChangeSetId changeSetId, T result) {}

    private final ChangeSetEditor editor;
    private final EditHistory history;

    ComponentService(ChangeSetEditor editor, EditHistory history) {
        this.editor = editor;
        this.history = history;
    }

    /** Where "Tidy up" puts one component; width and height only for frames (null keeps the size). */
    public record Placement(
            ComponentId id,
            double x,
            double y,
            @Nullable Double width,
            @Nullable Double height) {}

    /**
     * Applies a whole layout (Tidy up) as one edit, so one undo takes it back: frames are sized first, then
     * everything is put where the layout says.
     */
    public ChangeSetId arrange(ChangeSetId changeSet, List<Placement> placements) {
        var edited = editor.edit(changeSet, "tidy up", model -> {
            placements.stream()
                    .filter(p -> p.width() != null && p.height() != null)
                    .forEach(p -> model.resize(p.id(), p.width(), p.height()));
            placements.forEach(p -> model.move(p.id(), p.x(), p.y()));
            return null;
        });
        return edited.changeSetId();
    }

    /** What an undo or redo did: {@code operation} names it ("undo move"), null when there was nothing to do. */
    public record UndoRedo(
            ChangeSetId changeSetId, @Nullable String operation) {}

    /**
     * Undoes the signed-in user's latest edit in the change set: an inverse edit, recorded in the audit. Other
     * people's edits are never undone.
     */
    public UndoRedo undo(ChangeSetId changeSet) {
        return new UndoRedo(
                changeSet, changeSet.isHead() ? null : history.undo(changeSet).orElse(null));
    }

    /** Takes back the user's latest undo, unless they edited since. */
    public UndoRedo redo(ChangeSetId changeSet) {
        return new UndoRedo(
                changeSet, changeSet.isHead() ? null : history.redo(changeSet).orElse(null));
    }

    public ComponentView create(ChangeSetId changeSet, NewComponent spec) {
        ComponentType type = spec.type() == null ? ComponentType.COMPONENT : ComponentType.parse(spec.type());
        return edit(
                changeSet,
                "create",
                m -> m.add(spec.name(), spec.assetName(), type, spec.parent(), spec.geometry(), spec.properties())
                        .id());
    }

    @Transactional(readOnly = true)
    public ComponentView get(ChangeSetId changeSet, ComponentId id) {
        return editor.read(changeSet, (cs, model) -> Views.component(cs, model, id));
    }

    @Transactional(readOnly = true)
    public List<ComponentView> list(ChangeSetId changeSet) {
        return editor.read(
                changeSet,
                (cs, model) -> model.components().stream()
                        .map(c -> Views.component(cs, model, c.id()))
                        .toList());
    }

    /** Sets the given properties; a JSON null unsets one. All are checked before any is stored. */
    public ComponentView updateProperties(ChangeSetId changeSet, ComponentId id, ObjectNode values) {
        return edit(
                changeSet,
                "update properties",
                m -> m.updateProperties(id, values).id());
    }

    public ComponentView rename(ChangeSetId changeSet, ComponentId id, String name) {
        return edit(changeSet, "rename", m -> m.rename(id, name).id());
    }

    public ComponentView move(ChangeSetId changeSet, ComponentId id, double x, double y) {
        return edit(changeSet, "move", m -> m.move(id, x, y).id());
    }

    public ComponentView resize(ChangeSetId changeSet, ComponentId id, double width, double height) {
        return edit(changeSet, "resize", m -> m.resize(id, width, height).id());
    }

    /** Drops the component into {@code parent} (null: onto the canvas). */
    public ComponentView reparent(ChangeSetId changeSet, ComponentId id, ComponentId parent) {
        return edit(changeSet, "reparent", m -> m.reparent(id, parent).id());
    }

    public ComponentView changeType(ChangeSetId changeSet, ComponentId id, String type) {
        ComponentType parsed = ComponentType.parse(type);
        return edit(changeSet, "change type", m -> m.changeType(id, parsed).id());
    }

    /** Deletes the component and what is inside it; apply deletes their resources. */
    public Removed delete(ChangeSetId changeSet, ComponentId id) {
        var edited = editor.edit(changeSet, "delete", m -> m.delete(id));
        return new Removed(edited.changeSetId(), edited.result());
    }

    /** Forgets the component and what is inside it without touching the cloud. */
    public Removed erase(ChangeSetId changeSet, ComponentId id) {
        var edited = editor.edit(changeSet, "erase", m -> m.erase(id));
        return new Removed(edited.changeSetId(), edited.result());
    }

    /** Pastes copies of the selection into {@code parent}, shifted by (dx, dy). */
    public Pasted paste(ChangeSetId changeSet, List<ComponentId> selection, ComponentId parent, double dx, double dy) {
        var edited = editor.edit(changeSet, "paste", m -> m.paste(selection, parent, dx, dy));
        return new Pasted(edited.changeSetId(), edited.result());
    }

    @Transactional(readOnly = true)
    public List<Qualification> qualifications(ChangeSetId changeSet, ComponentId id) {
        return editor.read(changeSet, (cs, model) -> model.qualifications(id));
    }

    /** Every component's qualifications, for the reviewer; components without findings are left out. */
    @Transactional(readOnly = true)
    public Map<ComponentId, List<Qualification>> qualifications(ChangeSetId changeSet) {
        return editor.read(changeSet, (cs, model) -> {
            Map<ComponentId, List<Qualification>> all = new LinkedHashMap<>();
            for (Component c : model.components()) {
                List<Qualification> found = model.qualifications(c.id());
                if (!found.isEmpty()) {
                    all.put(c.id(), found);
                }
            }
            return all;
        });
    }

    @Transactional(readOnly = true)
    public CodeView code(ChangeSetId changeSet, ComponentId id) {
        return editor.read(changeSet, (cs, model) -> model.code(id));
    }

    /**
     * Runs many edits of one change set as one transaction, for features that build a whole diagram at once (a
     * template import): all of them are stored, or, when one is refused, none. Refusals the edits catch themselves
     * change nothing, since the model checks before it changes.
     */
    public <T> Batch<T> batch(ChangeSetId changeSet, String operation, Function<Model, T> edits) {
        var edited = editor.edit(changeSet, operation, edits);
        return new Batch<>(edited.changeSetId(), edited.result());
    }

    /** Reads the change set's model (resolved values, connections) as it is now, for exports and reports. */
    @Transactional(readOnly = true)
    public <T> T read(ChangeSetId changeSet, Function<Model, T> reading) {
        return editor.read(changeSet, (cs, model) -> reading.apply(model));
    }

    private ComponentView edit(ChangeSetId changeSet, String operation, Function<Model, ComponentId> mutation) {
        var edited = editor.edit(changeSet, operation, mutation);
        return Views.component(edited.changeSetId(), edited.model(), edited.result());
    }
}
