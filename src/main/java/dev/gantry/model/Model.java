package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diagram of one change set (or HEAD) in memory: components, frames and edges, with values resolved
 * lazily and incrementally. Not thread-safe: a model belongs to one operation. Every edit validates first and
 * changes nothing when it refuses.
 */
public final class Model {

    private final Catalog catalog;
    private final PropertyChecker checker;
    private final SecretSealer sealer;
    private final ComponentGraph graph = new ComponentGraph();
    private final ValueResolver resolver = new ValueResolver(this);
    private final ModelChanges.Recorder changes = new ModelChanges.Recorder();

    public Model(Catalog catalog, PropertyChecker checker, SecretSealer sealer) {
        this.catalog = catalog;
        this.checker = checker;
        this.sealer = sealer;
    }

    /** Builds a model from stored components and edges; edges whose ends are missing are dropped. */
    public static Model of(
            Catalog catalog,
            PropertyChecker checker,
            SecretSealer sealer,
            Collection<Component> components,
            Collection<Edge> edges) {
        Model model = new Model(catalog, checker, sealer);
        components.forEach(model.graph::insert);
        edges.stream()
                .filter(e -> model.graph.contains(e.from()) && model.graph.contains(e.to()))
                .forEach(model.graph::link);
        return model;
    }

    // ---- reading

    public Optional<Component> find(ComponentId id) {
        return Optional.ofNullable(graph.get(id));
    }

    public Component require(ComponentId id) {
        Component c = graph.get(id);
        if (c == null) {
            throw new UnknownComponentException("No component " + id + " in this change set");
        }
        return c;
    }

    public Collection<Component> components() {
        return graph.components();
    }

    public Set<Edge> edges() {
        return graph.edges();
    }

    public List<Component> children(ComponentId frame) {
        return graph.childIds(frame).stream().map(graph::get).toList();
    }

    public Asset asset(Component component) {
        return catalog.require(component.assetName());
    }

    public ResolvedComponent resolve(ComponentId id) {
        require(id);
        return resolver.resolve(id);
    }

    /** Everything that feeds the component's inputs, explicit and implicit, each with its explanation. */
    public List<Connection> connectionsInto(ComponentId id) {
        require(id);
        return resolver.inbound(id).byInput().values().stream()
                .flatMap(List::stream)
                .toList();
    }

    public List<Connection> connections() {
        return graph.ids().stream().flatMap(id -> connectionsInto(id).stream()).toList();
    }

    /** The resolved properties in CloudFormation shape, secrets as held (sealed): what a provider is sent. */
    public ObjectNode desiredState(ComponentId id) {
        ResolvedComponent r = resolve(id);
        return DesiredStates.forProvider(asset(r.component()), r);
    }

    /** {@code {TypeName, DesiredState}} for people to review: secrets redacted. */
    public CodeView code(ComponentId id) {
        ResolvedComponent r = resolve(id);
        return DesiredStates.forReview(asset(r.component()), r);
    }

    /** Inputs that connections should feed from a resource attribute but cannot yet; nothing may be sent then. */
    public List<UnresolvedInput> unresolvedInputs(ComponentId id) {
        return UnresolvedInputs.of(this, resolver, id);
    }

    public List<Qualification> qualifications(ComponentId id) {
        return new Qualifier(this, checker).qualify(resolve(id));
    }

    /** The position of a component on the canvas, adding up the offsets of the frames around it. */
    public Geometry absoluteGeometry(ComponentId id) {
        return graph.absoluteGeometry(require(id));
    }

    /** The components whose values may follow from these: edge targets, frame content, collecting up frames. */
    public Set<ComponentId> downstream(Collection<ComponentId> ids) {
        return graph.downstream(ids);
    }

    public ModelChanges drainChanges() {
        return changes.drain();
    }

    // ---- editing

    /** Adds a component; without a geometry it is laid out beside its siblings. Its frames grow to hold it. */
    public Component add(
            String name,
            String assetName,
            ComponentType type,
            ComponentId parent,
            Geometry geometry,
            ObjectNode properties) {
        InputLimits.name("name", name);
        if (geometry != null) {
            InputLimits.geometry("geometry", geometry); // the same rules as move and resize
        }
        Asset asset = catalog.require(assetName);
        requireFrame(parent);
        ComponentType kind = type == null ? ComponentType.COMPONENT : type;
        Component blank = Component.create(
                name == null || name.isBlank() ? asset.name() : name,
                asset.name(),
                kind,
                parent,
                geometry != null ? geometry : Layout.spot(this, asset, kind, parent));
        Component c = properties == null ? blank : new PropertyEdits(asset, checker, sealer).apply(blank, properties);
        insertNew(c);
        Layout.grownFrames(this, c).forEach(this::replace);
        return c;
    }

    /**
     * Where a new component dropped at ({@code x}, {@code y}) in {@code parent} goes: there, at a new component's
     * size, but never over its frame's title and sockets.
     */
    public Geometry droppedAt(String assetName, ComponentType type, ComponentId parent, double x, double y) {
        InputLimits.coordinate("x", x);
        InputLimits.coordinate("y", y);
        requireFrame(parent);
        return Layout.droppedAt(this, catalog.require(assetName), type, parent, x, y);
    }

    /** Sets the given properties (a JSON null unsets one); all are checked before any is applied. */
    public Component updateProperties(ComponentId id, ObjectNode values) {
        Component old = require(id);
        Component updated = new PropertyEdits(asset(old), checker, sealer).apply(old, values);
        replace(updated);
        resolver.invalidateValues(id);
        return updated;
    }

    public Component rename(ComponentId id, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "A component needs a name");
        }
        return replace(require(id).withName(InputLimits.name("name", name).strip()));
    }

    /** Moves a component; what is inside a frame keeps its place in the frame, so it moves along. */
    public Component move(ComponentId id, double x, double y) {
        InputLimits.coordinate("x", x);
        InputLimits.coordinate("y", y);
        Component moved =
                replace(require(id).withGeometry(require(id).geometry().at(x, y)));
        Layout.grownFrames(this, moved).forEach(this::replace); // moved past its frame's edge: the frame grows
        return moved;
    }

    public Component resize(ComponentId id, double width, double height) {
        InputLimits.size("width", width);
        InputLimits.size("height", height);
        Component resized =
                replace(require(id).withGeometry(require(id).geometry().sized(width, height)));
        Layout.grownFrames(this, resized, true).forEach(this::replace); // its frames grow, neighbours move aside
        return resized;
    }

    /** Drops a component into a frame (or onto the canvas when {@code parent} is null), keeping where it shows. */
    public Component reparent(ComponentId id, ComponentId parent) {
        Component c = require(id);
        requireFrame(parent);
        for (ComponentId p = parent; p != null; p = graph.get(p).parent()) {
            if (p.equals(id)) {
                throw new InvalidEditException("`" + c.name() + "` cannot go inside itself or its own content");
            }
        }
        Set<ComponentId> affected = graph.structurallyAffected(id);
        Geometry absolute = absoluteGeometry(id);
        Geometry origin = parent == null ? new Geometry(0, 0, 0, 0) : absoluteGeometry(parent);
        Component moved = c.withParent(parent).withGeometry(absolute.movedBy(-origin.x(), -origin.y()));
        graph.moveToFrame(moved);
        changes.upsert(id);
        affected.addAll(graph.structurallyAffected(id));
        resolver.invalidateStructure(affected);
        return moved;
    }

    /** A frame turned into a plain component lets go of its content, which lands in the frame around it. */
    public Component changeType(ComponentId id, ComponentType type) {
        Component c = require(id);
        if (type == ComponentType.COMPONENT) {
            new ArrayList<>(graph.childIds(id)).forEach(child -> reparent(child, c.parent()));
        }
        Component changed = replace(c.withType(type));
        resolver.invalidateStructure(graph.structurallyAffected(id));
        return changed;
    }

    /** Deletes the component and everything inside it; returns what was deleted. Its frames shrink to fit. */
    public List<ComponentId> delete(ComponentId id) {
        return removeAndShrink(id, ModelChanges.Removal.DELETE);
    }

    /** Forgets the component (and its content) without touching the cloud. Its frames shrink to fit. */
    public List<ComponentId> erase(ComponentId id) {
        return removeAndShrink(id, ModelChanges.Removal.ERASE);
    }

    private List<ComponentId> removeAndShrink(ComponentId id, ModelChanges.Removal how) {
        ComponentId parent = require(id).parent();
        Map<ComponentId, double[]> reaches = parent == null ? Map.of() : Layout.reaches(this, parent);
        List<ComponentId> removed = remove(id, how);
        Layout.shrunkFrames(this, reaches).forEach(this::replace);
        return removed;
    }

    /**
     * Puts one component back exactly as it was before an edit (undo and redo): no layout, no cascade. Its
     * frame, when it has one, must be there.
     */
    public Component restore(Component state) {
        requireFrame(state.parent());
        Set<ComponentId> affected = new HashSet<>();
        if (graph.contains(state.id())) {
            affected.addAll(graph.structurallyAffected(state.id()));
            graph.moveToFrame(state);
            changes.upsert(state.id());
        } else {
            graph.insert(state);
            changes.upsert(state.id());
        }
        affected.addAll(graph.structurallyAffected(state.id()));
        resolver.invalidateStructure(affected);
        resolver.invalidateValues(state.id());
        return state;
    }

    /** Takes back a component an edit created (undo): it and its content go, without touching the cloud. */
    public List<ComponentId> retract(ComponentId id) {
        return remove(id, ModelChanges.Removal.ERASE);
    }

    /** Draws an edge, checked with the catalogue's rule; a new edge to an arity-one input replaces the old one. */
    public Edge connect(ComponentId fromId, String outputName, ComponentId toId, String inputName) {
        Component from = require(fromId);
        Component to = require(toId);
        Socket output = Sockets.output(asset(from), from, outputName);
        Socket input = Sockets.input(asset(to), to, inputName);
        Edge edge = Sockets.checkedEdge(from, output, to, input);
        if (input.arity() == Socket.Arity.ONE) {
            List.copyOf(graph.edgesInto(toId)).stream()
                    .filter(e -> e.input().equals(input.name()))
                    .forEach(this::unlinkRecorded);
        }
        if (graph.link(edge)) {
            changes.addEdge(edge);
        }
        resolver.invalidateStructure(List.of(toId));
        return edge;
    }

    public void disconnect(ComponentId fromId, String outputName, ComponentId toId, String inputName) {
        Edge edge = graph.edgesInto(toId).stream()
                .filter(e -> e.from().equals(fromId)
                        && e.output().equalsIgnoreCase(outputName)
                        && e.input().equalsIgnoreCase(inputName))
                .findFirst()
                .orElseThrow(() -> new UnknownSocketException(
                        "No connection from `" + outputName + "` of " + fromId + " to `" + inputName + "` of " + toId));
        unlinkRecorded(edge);
        resolver.invalidateStructure(List.of(toId));
    }

    /** Pastes copies of the selection (and what is inside it) with their internal edges; returns old → new ids. */
    public Map<ComponentId, ComponentId> paste(
            Collection<ComponentId> selection, ComponentId target, double dx, double dy) {
        if (selection == null || selection.isEmpty()) {
            throw new InvalidInputException("selection", "Paste needs a `selection`: the ids of what to copy");
        }
        InputLimits.coordinate("dx", dx);
        InputLimits.coordinate("dy", dy);
        requireFrame(target);
        return new Clipboard(this).paste(selection, target, dx, dy);
    }

    /**
     * Makes the component adopt an existing cloud resource (import by id, discovery): the diff then implies an
     * import, which reads and records the resource on apply instead of creating one.
     */
    public Component markImported(ComponentId id, String identifier) {
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInputException("identifier", "An import needs the identifier of an existing resource");
        }
        InputLimits.name("identifier", identifier);
        if (asset(require(id)).resourceType().isEmpty()) {
            throw new InvalidEditException("`" + require(id).name() + "` ("
                    + require(id).assetName() + ") has no cloud resource of its own: there is nothing to import");
        }
        return replace(require(id).withImported(identifier.strip()));
    }

    /**
     * Asks to bring the component's resource back to what is wanted where the cloud drifted from it: the diff then
     * implies an update of the drifted properties.
     */
    public Component requestRestore(ComponentId id) {
        Component c = require(id);
        if (c.resource() == null || !c.resource().exists()) {
            throw new InvalidEditException("`" + c.name() + "` has no resource to restore");
        }
        return replace(c.withRestore(java.util.UUID.randomUUID().toString()));
    }

    /** Where the component's resource, as last read, differs from what is wanted (see {@link Drift}). */
    public List<Drift.Property> drift(ComponentId id) {
        Component c = require(id);
        if (c.resource() == null || !c.resource().exists() || c.resource().payload() == null) {
            return List.of();
        }
        ObjectNode desired = desiredState(id);
        c.secrets().propertyNames().forEach(desired::remove); // sealed here, never read back: not comparable
        return Drift.between(desired, c.resource().payload());
    }

    /** Resource data arrives on HEAD from apply; values read from it flow to everything downstream. */
    public Component recordResource(ComponentId id, ResourceData resource) {
        Component c = require(id).withResource(resource);
        graph.replace(c);
        resolver.invalidateValues(id);
        return c;
    }

    // ---- internals shared with FrameRules, Clipboard, Qualifier

    ComponentGraph graph() {
        return graph;
    }

    /** Adds a new (or pasted) component as an edit. */
    void insertNew(Component c) {
        graph.insert(c);
        changes.upsert(c.id());
        resolver.invalidateStructure(graph.structurallyAffected(c.id()));
    }

    private void requireFrame(ComponentId frame) {
        if (frame != null && !require(frame).type().isFrame()) {
            throw new InvalidEditException("`" + require(frame).name() + "` is not a frame: make it a down or "
                    + "up frame before putting components inside it");
        }
    }

    private Component replace(Component updated) {
        graph.replace(updated);
        changes.upsert(updated.id());
        return updated;
    }

    private void unlinkRecorded(Edge e) {
        graph.unlink(e);
        changes.removeEdge(e);
    }

    private List<ComponentId> remove(ComponentId id, ModelChanges.Removal how) {
        require(id);
        List<ComponentId> subtree = graph.subtree(id);
        Set<ComponentId> affected = graph.structurallyAffected(id);
        for (ComponentId gone : subtree) {
            List.copyOf(graph.edgesInto(gone)).forEach(this::unlinkRecorded);
            List.copyOf(graph.edgesOutOf(gone)).forEach(e -> {
                affected.add(e.to());
                unlinkRecorded(e);
            });
        }
        resolver.invalidateStructure(affected);
        graph.removeSubtree(subtree);
        subtree.forEach(gone -> changes.remove(gone, how));
        return subtree;
    }
}
