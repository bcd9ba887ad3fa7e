package dev.gantry.ui.canvas;

import java.util.List;

/** What the canvas shows: plain data sent to the browser as JSON (see frontend/canvas/diagram-types.ts). */
public record Diagram(List<Node> nodes, List<Edge> edges) {

    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** kind is {@code component}, {@code down-frame} or {@code up-frame}; x and y are relative to the parent. */
    public record Node(String id, String kind, String name, String asset, String color, String parentId,
                       double x, double y, Double width, Double height, List<Socket> inputs, List<Socket> outputs) {
    }

    public record Socket(String name, String arity) {
    }

    public record Edge(String id, String source, String sourceSocket, String target, String targetSocket,
                       boolean implicit) {
    }
}
