package dev.gantry.changeset;

import dev.gantry.model.CodeView;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Containment;
import dev.gantry.model.InferredDiagram;
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

    /**
     * Adds a component where the user dropped it: its top left at ({@code x}, {@code y}) in its frame (kept clear of
     * the frame's title and sockets), at the size a new one gets. {@code spec}'s geometry is ignored.
     */
    public ComponentView createAt(ChangeSetId changeSet, NewComponent spec, double x, double y) {
        ComponentType type = spec.type() == null ? ComponentType.COMPONENT : ComponentType.parse(spec.type());
        return edit(
                changeSet,
                "create",
                m -> m.add(
                                spec.name(),
                                spec.assetName(),
                                type,
                                spec.parent(),
                                m.droppedAt(spec.assetName(), type, spec.parent(), x, y),
                                spec.properties())
                        .id());
    }

    @Transactional(readOnly = true)
    public ComponentView get(ChangeSetId changeSet, ComponentId id) {
        return editor.read(changeSet, (cs, model) -> Views.component(cs, model, id));
    }

    @Transactional(readOnly = true)
    public List<ComponentView> list(ChangeSetId changeSet) {
        return editor.read(changeSet, ComponentService::views);
    }

    /**
     * The change set as the canvas draws it, from one read: one model, whose values are resolved once for the
     * views, the connections and the qualifications alike.
     */
    @Transactional(readOnly = true)
    public Drawing drawing(ChangeSetId changeSet) {
        return editor.read(changeSet, IncrementalDrawing::full);
    }

    /**
     * The change set as it is now, resolving only what changed since {@code earlier} (a drawing of an earlier
     * version of it) reached, and taking the rest from there: an edit costs what it changes, not the change set.
     */
    @Transactional(readOnly = true)
    public Drawing drawing(ChangeSetId changeSet, Drawing earlier) {
        if (changeSet.isHead() || !earlier.changeSet().equals(changeSet)) {
            return drawing(changeSet); // HEAD's views carry drift, which follows the cloud rather than edits
        }
        return editor.read(changeSet, (cs, model) -> IncrementalDrawing.next(cs, model, earlier));
    }

    private static List<ComponentView> views(ChangeSetId cs, Model model) {
        return model.components().stream()
                .map(c -> Views.component(cs, model, c.id()))
                .toList();
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

    /**
     * Adds a component that adopts an existing resource (import by id): the cloud's writable properties become its
     * values (one the catalogue refuses is left out and reported), and apply imports instead of creating. Refused
     * when a component already manages that resource.
     */
    public Adopted<ComponentView> adopt(ChangeSetId changeSet, Adoption adoption) {
        var edited = editor.edit(changeSet, "import", m -> {
            new ManagedResources(m).requireUnmanaged(adoption.assetName(), adoption.identifier());
            InferredDiagram.Entry entry = new InferredDiagram.Entry(
                    adoption.identifier(),
                    adoption.name(),
                    adoption.assetName(),
                    adoption.properties(),
                    adoption.identifier());
            return InferredDiagram.draw(m, adoption.parent(), List.of(entry), Containment.Placement.NONE);
        });
        ComponentId id = edited.result().components().get(adoption.identifier());
        return new Adopted<>(
                edited.changeSetId(),
                Views.component(edited.changeSetId(), edited.model(), id),
                edited.result().leftOut());
    }

    /**
     * Draws resources discovered in the cloud (or read from a template) as placed: the entries' keys → their
     * components. Entries that adopt a resource some component already manages are refused as a whole.
     */
    public Adopted<Map<String, ComponentId>> drawInferred(
            ChangeSetId changeSet,
            ComponentId root,
            List<InferredDiagram.Entry> entries,
            Containment.Placement placement,
            String operation) {
        var edited = editor.edit(changeSet, operation, m -> {
            ManagedResources managed = new ManagedResources(m);
            entries.stream()
                    .filter(e -> e.imported() != null && e.existing() == null)
                    .forEach(e -> managed.requireUnmanaged(e.assetName(), e.imported()));
            return InferredDiagram.draw(m, root, entries, placement);
        });
        return new Adopted<>(
                edited.changeSetId(),
                edited.result().components(),
                edited.result().leftOut());
    }

    /** The component that manages (or is about to adopt) the resource of that asset and identifier, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<ComponentId> manager(ChangeSetId changeSet, String assetName, String identifier) {
        return editor.read(
                changeSet,
                (cs, model) ->
                        new ManagedResources(model).owner(assetName, identifier).map(Component::id));
    }

    /** HEAD's components whose resource, as last read, differs from what is wanted; those without drift left out. */
    @Transactional(readOnly = true)
    public List<DriftView> drift() {
        return editor.read(
                ChangeSetId.HEAD,
                (cs, model) -> model.components().stream()
                        .map(c -> new DriftView(
                                c.id(),
                                c.name(),
                                c.assetName(),
                                c.resource() == null ? null : c.resource().identifier(),
                                model.drift(c.id())))
                        .filter(d -> !d.properties().isEmpty())
                        .toList());
    }

    /**
     * Takes the cloud's values of drifted properties as the wanted ones (all of them when {@code properties} is
     * empty): an edit, landing in a new change set like any edit of HEAD.
     */
    public ComponentView acceptDrift(ComponentId id, List<String> properties) {
        return edit(ChangeSetId.HEAD, "accept cloud values", m -> {
            ObjectNode values = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            m.drift(id).stream()
                    .filter(d -> properties.isEmpty() || properties.contains(d.name()))
                    .forEach(d -> values.set(d.name(), d.actual()));
            if (values.isEmpty()) {
                throw new dev.gantry.model.InvalidEditException(
                        "`" + m.require(id).name() + "` has no drifted property "
                                + (properties.isEmpty() ? "" : properties + " ") + "to accept");
            }
            return m.updateProperties(id, values).id();
        });
    }

    /** Asks to bring the drifted properties back to what is wanted: a new change set whose plan updates them. */
    public ComponentView restoreDrift(ComponentId id) {
        return edit(ChangeSetId.HEAD, "restore wanted values", m -> {
            if (m.drift(id).isEmpty()) {
                throw new dev.gantry.model.InvalidEditException(
                        "`" + m.require(id).name() + "` has not drifted: nothing to restore (refresh it first?)");
            }
            return m.requestRestore(id).id();
        });
    }

    @Transactional(readOnly = true)
    public List<Qualification> qualifications(ChangeSetId changeSet, ComponentId id) {
        return editor.read(changeSet, (cs, model) -> model.qualifications(id));
    }

    /** Every component's qualifications, for the reviewer; components without findings are left out. */
    @Transactional(readOnly = true)
    public Map<ComponentId, List<Qualification>> qualifications(ChangeSetId changeSet) {
        return editor.read(changeSet, (cs, model) -> qualifications(model));
    }

    private static Map<ComponentId, List<Qualification>> qualifications(Model model) {
        Map<ComponentId, List<Qualification>> all = new LinkedHashMap<>();
        for (Component c : model.components()) {
            List<Qualification> found = model.qualifications(c.id());
            if (!found.isEmpty()) {
                all.put(c.id(), found);
            }
        }
        return all;
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
