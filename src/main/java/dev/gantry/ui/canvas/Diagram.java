package dev.gantry.ui.canvas;

import java.util.List;

/**
 * What the canvas shows: plain data sent to the browser as JSON (see frontend/canvas/diagram-types.ts).
 *
 * @param viewKey names what is shown (the change set); the canvas refits its view only when it changes
 */
public record Diagram(String viewKey, List<Node> nodes, List<Edge> edges) {

    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * kind is {@code component}, {@code down-frame} or {@code up-frame}; x and y are relative to the parent.
     *
     * @param status   the resource's status in the cloud, null before apply
     * @param findings how many qualifications the component has
     */
    public record Node(
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
            List<Socket> inputs,
            List<Socket> outputs,
            String status,
            int findings) {}

    /** annotations let the browser pre-check a connection with the server's rule (the server re-checks). */
    public record Socket(String name, String arity, List<String> annotations) {}

    public record Edge(
            String id,
            String source,
            String sourceSocket,
            String target,
            String targetSocket,
            boolean implicit,
            String explanation) {}
}
