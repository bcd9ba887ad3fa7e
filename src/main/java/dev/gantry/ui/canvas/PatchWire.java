package dev.gantry.ui.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link DiagramPatch} as it travels to the browser: each asset's sockets once, not once per node, and edges
 * without their id. A node's sockets follow from its asset, and at 1,000 components they were most of what a first
 * patch weighed (2.8 MB); an edge's id repeats its ends and sockets ({@link EdgeKey}), a quarter of what the 20,000
 * edges of a 10,000-component diagram weighed. The browser puts both back (frontend/canvas/diagram-patches.ts,
 * {@code fromWire}).
 */
record PatchWire(
        boolean reset,
        String viewKey,
        List<Node> nodes,
        List<String> removedNodes,
        List<Edge> edges,
        List<String> removedEdges,
        Map<String, Sockets> sockets) {

    /** A {@link Diagram.Edge} without its id, which the browser makes from the rest as {@link EdgeKey#of} does. */
    record Edge(
            String source,
            String sourceSocket,
            String target,
            String targetSocket,
            boolean implicit,
            String explanation) {}

    /** A {@link Diagram.Node} without its sockets, which its asset's entry in {@code sockets} gives. */
    record Node(
            String id,
            String kind,
            String name,
            String asset,
            String service,
            String color,
            String parentId,
            double x,
            double y,
            Double width,
            Double height,
            String status,
            int findings) {}

    record Sockets(List<Diagram.Socket> inputs, List<Diagram.Socket> outputs) {}

    static PatchWire of(DiagramPatch patch) {
        Map<String, Sockets> sockets = new LinkedHashMap<>();
        List<Node> nodes = patch.nodes().stream()
                .map(n -> {
                    sockets.putIfAbsent(n.asset(), new Sockets(n.inputs(), n.outputs()));
                    return new Node(
                            n.id(),
                            n.kind(),
                            n.name(),
                            n.asset(),
                            n.service(),
                            n.color(),
                            n.parentId(),
                            n.x(),
                            n.y(),
                            n.width(),
                            n.height(),
                            n.status(),
                            n.findings());
                })
                .toList();
        return new PatchWire(
                patch.reset(),
                patch.viewKey(),
                nodes,
                patch.removedNodes(),
                patch.edges().stream()
                        .map(e -> new Edge(
                                e.source(),
                                e.sourceSocket(),
                                e.target(),
                                e.targetSocket(),
                                e.implicit(),
                                e.explanation()))
                        .toList(),
                patch.removedEdges(),
                sockets);
    }
}
