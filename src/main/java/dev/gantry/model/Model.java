package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The diagram of one change set (or HEAD) in memory: components, frames and edges, with values resolved
 * lazily and incrementally. Not thread-safe: a model belongs to one operation. Every edit validates first and
 * changes nothing when it refuses.
 */
public final class Model {

    private final Catalog catalog;
    private final PropertyChecker checker;
    private final SecretSealer sealer;
    private final Map<ComponentId, Component> components = new LinkedHashMap<>();
    private final Map<ComponentId, List<ComponentId>> children = new HashMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    private final Map<ComponentId, Set<Edge>> edgesInto = new HashMap<>();
    private final Map<ComponentId, Set<Edge>> edgesOutOf = new HashMap<>();
    private final ValueResolver resolver = new ValueResolver(this);
    private final ModelChanges.Recorder changes = new ModelChanges.Recorder();

    /** A model whose secrets stay as given; see {@link SecretSealer#PLAINTEXT}. */
    public Model(Catalog catalog, PropertyChecker checker) {
        this(catalog, checker, SecretSealer.PLAINTEXT);
    }

    public Model(Catalog catalog, PropertyChecker checker, SecretSealer sealer) {
        this.catalog = catalog;
        this.checker = checker;
        this.sealer = sealer;
    }

    public static Model of(Catalog catalog, PropertyChecker checker, Collection<Component> components,
                           Collection<Edge> edges) {
        return of(catalog, checker, SecretSealer.PLAINTEXT, components, edges);
    }

    /** Builds a model from stored components and edges; edges whose ends are missing are dropped. */
    public static Model of(Catalog catalog, PropertyChecker checker, SecretSealer sealer,
                           Collection<Component> components, Collection<Edge> edges) {
        Model model = new Model(catalog, checker, sealer);
        components.forEach(model::insert);
        edges.stream().filter(e -> model.components.containsKey(e.from()) && model.components.containsKey(e.to()))
                .forEach(model::link);
        return model;
    }

    // ---- reading

    public Optional<Component> find(ComponentId id) {
        return Optional.ofNullable(components.get(id));
    }

    public Component require(ComponentId id) {
        Component c = components.get(id);
        if (c == null) {
            throw new UnknownComponentException("No component " + id + " in this change set");
        }
        return c;
    }

    public Collection<Component> components() {
        return Collections.unmodifiableCollection(components.values());
    }

    public Set<Edge> edges() {
        return Collections.unmodifiableSet(edges);
    }

    public List<Component> children(ComponentId frame) {
        return children.getOrDefault(frame, List.of()).stream().map(components::get).toList();
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
        return resolver.inbound(id).byInput().values().stream().flatMap(List::stream).toList();
    }

    public List<Connection> connections() {
        return components.keySet().stream().flatMap(id -> connectionsInto(id).stream()).toList();
    }

    /**
     * The resolved properties, in CloudFormation shape, with secrets as stored (sealed): only the asset's own
     * properties, so nothing Gantry keeps for itself reaches a provider.
     */
    public ObjectNode desiredState(ComponentId id) {
        ResolvedComponent r = resolve(id);
        Asset asset = asset(r.component());
        ObjectNode state = r.domain().objectNode();
        r.domain().properties().forEach(e -> {
            if (asset.properties().containsKey(e.getKey())) {
                state.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        state.setAll(r.component().secrets().deepCopy());
        return state;
    }

    public CodeView code(ComponentId id) {
        ResolvedComponent r = resolve(id);
        Asset asset = asset(r.component());
        ObjectNode state = r.domain().deepCopy();
        r.component().secrets().propertyNames().forEach(name -> state.put(name, "<redacted>"));
        return new CodeView(asset.resourceType().orElse(asset.name()), state);
    }

    public List<Qualification> qualifications(ComponentId id) {
        return new Qualifier(this, checker).qualify(resolve(id));
    }

    /** The position of a component on the canvas, adding up the offsets of the frames around it. */
    public Geometry absoluteGeometry(ComponentId id) {
        Component c = require(id);
        Geometry g = c.geometry();
        for (Component p = parentOf(c); p != null; p = parentOf(p)) {
            g = g.movedBy(p.geometry().x(), p.geometry().y());
        }
        return g;
    }

    /** The components whose values may follow from these: edge targets, frame content, collecting up frames. */
    public Set<ComponentId> downstream(Collection<ComponentId> ids) {
        Set<ComponentId> seen = new LinkedHashSet<>();
        List<ComponentId> work = new ArrayList<>(ids);
        while (!work.isEmpty()) {
            ComponentId id = work.removeLast();
            Component c = components.get(id);
            if (c == null || !seen.add(id)) {
                continue;
            }
            edgesOutOf.getOrDefault(id, Set.of()).forEach(e -> work.add(e.to()));
            if (c.type() == ComponentType.DOWN_FRAME) {
                work.addAll(children.getOrDefault(id, List.of()));
            }
            for (Component p = parentOf(c); p != null; p = parentOf(p)) {
                if (p.type() == ComponentType.UP_FRAME) {
                    work.add(p.id());
                }
            }
        }
        return seen;
    }

    public ModelChanges drainChanges() {
        return changes.drain();
    }

    // ---- editing

    public Component add(String name, String assetName, ComponentType type, ComponentId parent, Geometry geometry,
                         ObjectNode properties) {
        Asset asset = catalog.require(assetName);
        requireFrame(parent);
        Component blank = Component.create(name == null || name.isBlank() ? asset.name() : name, asset.name(),
                type == null ? ComponentType.COMPONENT : type, parent, geometry);
        Component c = properties == null ? blank : new PropertyEdits(asset, checker, sealer).apply(blank, properties);
        insert(c);
        changes.upsert(c.id());
        resolver.invalidateStructure(structurallyAffected(c.id()));
        return c;
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
            throw new InvalidEditException("A component needs a name");
        }
        return replace(require(id).withName(name.strip()));
    }

    /** Moves a component; what is inside a frame keeps its place in the frame, so it moves along. */
    public Component move(ComponentId id, double x, double y) {
        return replace(require(id).withGeometry(require(id).geometry().at(x, y)));
    }

    public Component resize(ComponentId id, double width, double height) {
        if (width <= 0 || height <= 0) {
            throw new InvalidEditException("Width and height must be positive");
        }
        return replace(require(id).withGeometry(require(id).geometry().sized(width, height)));
    }

    /** Drops a component into a frame (or onto the canvas when {@code parent} is null), keeping where it shows. */
    public Component reparent(ComponentId id, ComponentId parent) {
        Component c = require(id);
        requireFrame(parent);
        for (ComponentId p = parent; p != null; p = components.get(p).parent()) {
            if (p.equals(id)) {
                throw new InvalidEditException("`" + c.name() + "` cannot go inside itself or its own content");
            }
        }
        Set<ComponentId> affected = structurallyAffected(id);
        Geometry absolute = absoluteGeometry(id);
        Geometry origin = parent == null ? new Geometry(0, 0, 0, 0) : absoluteGeometry(parent);
        unlinkChild(c);
        Component moved = c.withParent(parent)
                .withGeometry(absolute.movedBy(-origin.x(), -origin.y()));
        components.put(id, moved);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
        changes.upsert(id);
        affected.addAll(structurallyAffected(id));
        resolver.invalidateStructure(affected);
        return moved;
    }

    /** A frame turned into a plain component lets go of its content, which lands in the frame around it. */
    public Component changeType(ComponentId id, ComponentType type) {
        Component c = require(id);
        if (type == ComponentType.COMPONENT) {
            new ArrayList<>(children.getOrDefault(id, List.of())).forEach(child -> reparent(child, c.parent()));
        }
        Component changed = replace(c.withType(type));
        resolver.invalidateStructure(structurallyAffected(id));
        return changed;
    }

    /** Deletes the component and everything inside it; returns what was deleted. */
    public List<ComponentId> delete(ComponentId id) {
        return remove(id, ModelChanges.Removal.DELETE);
    }

    /** Forgets the component (and its content) without touching the cloud. */
    public List<ComponentId> erase(ComponentId id) {
        return remove(id, ModelChanges.Removal.ERASE);
    }

    public Edge connect(ComponentId fromId, String outputName, ComponentId toId, String inputName) {
        Component from = require(fromId);
        Component to = require(toId);
        Socket output = Sockets.output(asset(from), from, outputName);
        Socket input = Sockets.input(asset(to), to, inputName);
        if (fromId.equals(toId)) {
            throw new InvalidEditException("`" + from.name() + "` cannot feed itself");
        }
        if (!SocketMatcher.fits(output, input)) {
            throw new IncompatibleSocketsException(Sockets.incompatible(from, output, to, input));
        }
        if (input.arity() == Socket.Arity.ONE) {
            List.copyOf(edgesInto.getOrDefault(toId, Set.of())).stream()
                    .filter(e -> e.input().equals(input.name())).forEach(this::unlinkRecorded);
        }
        Edge edge = new Edge(fromId, output.name(), toId, input.name());
        if (link(edge)) {
            changes.addEdge(edge);
        }
        resolver.invalidateStructure(List.of(toId));
        return edge;
    }

    public void disconnect(ComponentId fromId, String outputName, ComponentId toId, String inputName) {
        Edge edge = edgesInto.getOrDefault(toId, Set.of()).stream()
                .filter(e -> e.from().equals(fromId) && e.output().equalsIgnoreCase(outputName)
                        && e.input().equalsIgnoreCase(inputName))
                .findFirst()
                .orElseThrow(() -> new UnknownSocketException("No connection from `" + outputName + "` of "
                        + fromId + " to `" + inputName + "` of " + toId));
        unlinkRecorded(edge);
        resolver.invalidateStructure(List.of(toId));
    }

    /** Pastes copies of the selection (and what is inside it) with their internal edges; returns old → new ids. */
    public Map<ComponentId, ComponentId> paste(Collection<ComponentId> selection, ComponentId target,
                                               double dx, double dy) {
        requireFrame(target);
        return new Clipboard(this).paste(selection, target, dx, dy);
    }

    /** Resource data arrives on HEAD from apply; values read from it flow to everything downstream. */
    public Component recordResource(ComponentId id, ResourceData resource) {
        Component c = require(id).withResource(resource);
        components.put(id, c);
        resolver.invalidateValues(id);
        return c;
    }

    // ---- internals shared with FrameRules, Clipboard, Qualifier

    Component parentOf(Component c) {
        return c.parent() == null ? null : components.get(c.parent());
    }

    Set<Edge> edgesInto(ComponentId id) {
        return edgesInto.getOrDefault(id, Set.of());
    }

    Set<Edge> edgesOutOf(ComponentId id) {
        return edgesOutOf.getOrDefault(id, Set.of());
    }

    /** Adds a pasted component as an edit. */
    void insertNew(Component c) {
        insert(c);
        changes.upsert(c.id());
        resolver.invalidateStructure(structurallyAffected(c.id()));
    }

    JsonNode outputValue(ComponentId id, String output) {
        return resolver.outputValue(id, output);
    }

    private void requireFrame(ComponentId frame) {
        if (frame != null && !require(frame).type().isFrame()) {
            throw new InvalidEditException("`" + require(frame).name() + "` is not a frame: make it a down or "
                    + "up frame before putting components inside it");
        }
    }

    private void insert(Component c) {
        components.put(c.id(), c);
        children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c.id());
    }

    private Component replace(Component updated) {
        components.put(updated.id(), updated);
        changes.upsert(updated.id());
        return updated;
    }

    private boolean link(Edge e) {
        if (!edges.add(e)) {
            return false;
        }
        edgesInto.computeIfAbsent(e.to(), k -> new LinkedHashSet<>()).add(e);
        edgesOutOf.computeIfAbsent(e.from(), k -> new LinkedHashSet<>()).add(e);
        return true;
    }

    private void unlinkRecorded(Edge e) {
        edges.remove(e);
        edgesInto.getOrDefault(e.to(), new LinkedHashSet<>()).remove(e);
        edgesOutOf.getOrDefault(e.from(), new LinkedHashSet<>()).remove(e);
        changes.removeEdge(e);
    }

    private void unlinkChild(Component c) {
        List<ComponentId> siblings = children.get(c.parent());
        if (siblings != null) {
            siblings.remove(c.id());
        }
    }

    private List<ComponentId> remove(ComponentId id, ModelChanges.Removal how) {
        Component root = require(id);
        List<ComponentId> subtree = new ArrayList<>();
        collectSubtree(id, subtree);
        Set<ComponentId> affected = structurallyAffected(id);
        for (ComponentId gone : subtree) {
            List.copyOf(edgesInto(gone)).forEach(this::unlinkRecorded);
            List.copyOf(edgesOutOf(gone)).forEach(e -> {
                affected.add(e.to());
                unlinkRecorded(e);
            });
        }
        resolver.invalidateStructure(affected);
        unlinkChild(root);
        for (ComponentId gone : subtree) {
            components.remove(gone);
            children.remove(gone);
            changes.remove(gone, how);
        }
        return subtree;
    }

    private void collectSubtree(ComponentId id, List<ComponentId> out) {
        out.add(id);
        children.getOrDefault(id, List.of()).forEach(child -> collectSubtree(child, out));
    }

    /** A component's frame connections depend on its ancestors (down frames) and content (up frames). */
    private Set<ComponentId> structurallyAffected(ComponentId id) {
        Set<ComponentId> affected = new LinkedHashSet<>();
        collectSubtreeInto(id, affected);
        for (Component p = parentOf(require(id)); p != null; p = parentOf(p)) {
            affected.add(p.id());
        }
        return affected;
    }

    private void collectSubtreeInto(ComponentId id, Set<ComponentId> out) {
        out.add(id);
        children.getOrDefault(id, List.of()).forEach(child -> collectSubtreeInto(child, out));
    }
}
