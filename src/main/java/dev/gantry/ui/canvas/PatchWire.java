package dev.gantry.ui.canvas;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link DiagramPatch} as it travels to the browser: each asset's sockets once, not once per node, and edges
 * without their id. A node's sockets follow from its asset, and at 1,000 components they were most of what a first
 * patch weighed (2.8 MB); an edge's id repeats its ends and sockets ({@link EdgeKey}), a quarter of what the 20,000
 * edges of a 10,000-component diagram weighed. The browser puts both back (frontend/canvas/diagram-patches.ts,
 * {@code fromWire}). The nodes and edges are {@link Diagram}'s own, written by a mapper that leaves those fields
 * out, so that a field added to them travels without a copy here.
 */
record PatchWire(
        boolean reset,
        String viewKey,
        List<Diagram.Node> nodes,
        List<String> removedNodes,
        List<Diagram.Edge> edges,
        List<String> removedEdges,
        Map<String, Sockets> sockets) {

    record Sockets(List<Diagram.Socket> inputs, List<Diagram.Socket> outputs) {}

    @JsonIgnoreProperties({"inputs", "outputs"})
    private interface NodeOnTheWire {}

    @JsonIgnoreProperties("id")
    private interface EdgeOnTheWire {}

    private static final JsonMapper WIRE = JsonMapper.builder()
            .addMixIn(Diagram.Node.class, NodeOnTheWire.class)
            .addMixIn(Diagram.Edge.class, EdgeOnTheWire.class)
            .build();

    /** The patch as JSON for the browser. */
    static JsonNode of(DiagramPatch patch) {
        Map<String, Sockets> sockets = new LinkedHashMap<>();
        patch.nodes().forEach(n -> sockets.putIfAbsent(n.asset(), new Sockets(n.inputs(), n.outputs())));
        PatchWire wire = new PatchWire(
                patch.reset(),
                patch.viewKey(),
                patch.nodes(),
                patch.removedNodes(),
                patch.edges(),
                patch.removedEdges(),
                sockets);
        return WIRE.valueToTree(wire);
    }
}
