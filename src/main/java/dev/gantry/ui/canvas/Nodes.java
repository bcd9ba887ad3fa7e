package dev.gantry.ui.canvas;

/** A node as the user left it in the browser: moved (perhaps into another frame) or resized. */
final class Nodes {

    private Nodes() {}

    static Diagram.Node at(Diagram.Node n, String parentId, double x, double y) {
        String parent = parentId == null || parentId.isBlank() ? null : parentId;
        return new Diagram.Node(
                n.id(),
                n.kind(),
                n.name(),
                n.asset(),
                n.service(),
                n.color(),
                parent,
                x,
                y,
                n.width(),
                n.height(),
                n.inputs(),
                n.outputs(),
                n.status(),
                n.findings());
    }

    static Diagram.Node sized(Diagram.Node n, double x, double y, double width, double height) {
        return new Diagram.Node(
                n.id(),
                n.kind(),
                n.name(),
                n.asset(),
                n.service(),
                n.color(),
                n.parentId(),
                x,
                y,
                width,
                height,
                n.inputs(),
                n.outputs(),
                n.status(),
                n.findings());
    }
}
