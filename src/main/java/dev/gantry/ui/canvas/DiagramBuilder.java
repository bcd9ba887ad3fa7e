package dev.gantry.ui.canvas;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import dev.gantry.changeset.ComponentView;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.model.Qualification;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Turns a change set's components and connections into the plain {@link Diagram} the canvas draws. */
public final class DiagramBuilder {

    private final Catalog catalog;

    /** An asset's sockets as the canvas gets them, once per asset rather than once per node. */
    private final Map<String, List<Diagram.Socket>> sockets = new ConcurrentHashMap<>();

    public DiagramBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    /** What an earlier diagram was built from: its nodes and edges are reused for what is the same object now. */
    public record Earlier(List<ComponentView> components, List<Connection> connections, Diagram diagram) {}

    public Diagram build(
            String viewKey,
            List<ComponentView> components,
            List<Connection> connections,
            Map<ComponentId, List<Qualification>> findings) {
        return build(viewKey, components, connections, findings, null);
    }

    /**
     * The diagram, taking from {@code earlier} the node of every component view and the edge of every connection
     * that is the very object it was built from (and has as many findings): an edit changes a few, and the patch to
     * the tabs passes over the rest by identity.
     */
    public Diagram build(
            String viewKey,
            List<ComponentView> components,
            List<Connection> connections,
            Map<ComponentId, List<Qualification>> findings,
            @Nullable Earlier earlier) {
        Map<ComponentView, Diagram.Node> nodesBefore = earlier == null
                ? Map.of()
                : byIdentity(earlier.components(), earlier.diagram().nodes());
        Map<Connection, Diagram.Edge> edgesBefore = earlier == null
                ? Map.of()
                : byIdentity(earlier.connections(), earlier.diagram().edges());
        List<Diagram.Node> nodes = new ArrayList<>(components.size());
        for (ComponentView c : components) {
            int found = findings.getOrDefault(c.id(), List.of()).size();
            Diagram.Node before = nodesBefore.get(c);
            nodes.add(before != null && before.findings() == found ? before : node(c, found));
        }
        List<Diagram.Edge> edges = new ArrayList<>(connections.size());
        for (Connection c : connections) {
            Diagram.Edge before = edgesBefore.get(c);
            edges.add(before != null ? before : edge(c));
        }
        return new Diagram(viewKey, List.copyOf(nodes), List.copyOf(edges));
    }

    private static <K, V> Map<K, V> byIdentity(List<K> keys, List<V> values) {
        Map<K, V> byIdentity = new IdentityHashMap<>(keys.size());
        for (int i = 0; i < keys.size() && i < values.size(); i++) {
            byIdentity.put(keys.get(i), values.get(i));
        }
        return byIdentity;
    }

    private Diagram.Node node(ComponentView c, int findings) {
        Optional<Asset> asset = catalog.find(c.assetName());
        String service = asset.map(Asset::service).orElse("");
        boolean frame = c.type().isFrame();
        String kind = c.type().label().replace(' ', '-');
        String status = c.resource() == null || c.resource().status() == null
                ? null
                : c.resource().status().label();
        return new Diagram.Node(
                c.id().toString(),
                kind,
                c.name(),
                c.assetName(),
                service,
                ServiceColors.of(service),
                c.parent() == null ? null : c.parent().toString(),
                c.geometry().x(),
                c.geometry().y(),
                frame ? c.geometry().width() : null,
                frame ? c.geometry().height() : null,
                asset.map(a -> sockets.computeIfAbsent(a.name() + " in", k -> sockets(a.inputs())))
                        .orElse(List.of()),
                asset.map(a -> sockets.computeIfAbsent(a.name() + " out", k -> sockets(a.outputs())))
                        .orElse(List.of()),
                status,
                findings);
    }

    private static List<Diagram.Socket> sockets(List<Socket> sockets) {
        return sockets.stream()
                .map(s -> new Diagram.Socket(s.name(), s.arity().name(), s.annotations()))
                .toList();
    }

    private static Diagram.Edge edge(Connection c) {
        return new Diagram.Edge(
                EdgeKey.of(c),
                c.from().toString(),
                c.output(),
                c.to().toString(),
                c.input(),
                c.implicit(),
                c.explanation());
    }
}
