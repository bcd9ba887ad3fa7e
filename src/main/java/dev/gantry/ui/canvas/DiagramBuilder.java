package dev.gantry.ui.canvas;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import dev.gantry.changeset.ComponentView;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.model.Qualification;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a change set's components and connections into the plain {@link Diagram} the canvas draws. */
public final class DiagramBuilder {

    private final Catalog catalog;

    public DiagramBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    public Diagram build(
            String viewKey,
            List<ComponentView> components,
            List<Connection> connections,
            Map<ComponentId, List<Qualification>> findings) {
        List<Diagram.Node> nodes = components.stream()
                .map(c -> node(c, findings.getOrDefault(c.id(), List.of()).size()))
                .toList();
        List<Diagram.Edge> edges =
                connections.stream().map(DiagramBuilder::edge).toList();
        return new Diagram(viewKey, nodes, edges);
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
                sockets(asset.map(Asset::inputs).orElse(List.of())),
                sockets(asset.map(Asset::outputs).orElse(List.of())),
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
