package dev.gantry.model;

import dev.gantry.catalog.Asset;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a component created without a position goes, so that a diagram built through the API (or an import)
 * reads as well as one drawn by hand: beside its siblings in rows, below its frame's sockets; and frames grow to
 * hold what is put in them, all the way up.
 */
final class Layout {

    static final double CARD_WIDTH = 250;
    static final double FRAME_WIDTH = 560;
    static final double FRAME_HEIGHT = 360;
    private static final double GAP = 32;
    private static final double MARGIN = 24;
    private static final double CANVAS_MARGIN = 40;
    private static final double FRAME_TITLE = 34;
    private static final double SOCKET_ROW = 20;
    private static final double CARD_TITLE = 52;
    /** Rows wrap past this width, so a frame with many children stays readable on one screen. */
    private static final double ROW_WIDTH = 1400;

    private Layout() {}

    static Geometry spot(Model model, Asset asset, ComponentType type, ComponentId parent) {
        boolean frame = type != ComponentType.COMPONENT;
        double width = frame ? FRAME_WIDTH : CARD_WIDTH;
        double height = frame ? FRAME_HEIGHT : CARD_TITLE + SOCKET_ROW * socketRows(asset) + 12;
        List<Geometry> siblings = (parent == null
                        ? model.components().stream()
                                .filter(c -> c.parent() == null)
                                .toList()
                        : model.children(parent))
                .stream().map(Component::geometry).toList();
        double left = parent == null ? CANVAS_MARGIN : MARGIN;
        double top = parent == null
                ? CANVAS_MARGIN
                : FRAME_TITLE + SOCKET_ROW * socketRows(model.asset(model.require(parent))) + GAP;
        if (siblings.isEmpty()) {
            return new Geometry(left, top, width, height);
        }
        double rowTop = siblings.stream().mapToDouble(Geometry::y).max().orElse(top);
        double rowRight = siblings.stream()
                .filter(g -> g.y() >= rowTop)
                .mapToDouble(g -> g.x() + g.width())
                .max()
                .orElse(left);
        double rowWidth = parent == null ? topLevelRowWidth(siblings) : ROW_WIDTH;
        if (rowRight + GAP + width <= left + rowWidth) {
            return new Geometry(rowRight + GAP, rowTop, width, height);
        }
        double bottom =
                siblings.stream().mapToDouble(g -> g.y() + g.height()).max().orElse(top);
        return new Geometry(left, bottom + GAP, width, height);
    }

    /**
     * Top-level frames fill a grid about twice as wide as it is tall, whatever their number, so that fitting the
     * view shows all of them: a fixed row width made a diagram of a few hundred VPC frames one column tens of
     * thousands of pixels high. The rows widen as the canvas fills.
     */
    private static double topLevelRowWidth(List<Geometry> siblings) {
        double area = siblings.stream().mapToDouble(g -> g.width() * g.height()).sum();
        return Math.max(ROW_WIDTH, 1.5 * Math.sqrt(area));
    }

    /** The frames around {@code child}, each grown (never shrunk) to hold what it contains. */
    static List<Component> grownFrames(Model model, Component child) {
        List<Component> grown = new ArrayList<>();
        Component inner = child;
        while (inner.parent() != null) {
            Component frame = model.require(inner.parent());
            Geometry g = frame.geometry();
            Geometry needed = g.sized(
                    Math.max(g.width(), inner.geometry().x() + inner.geometry().width() + MARGIN),
                    Math.max(g.height(), inner.geometry().y() + inner.geometry().height() + MARGIN));
            if (needed.equals(g)) {
                break;
            }
            frame = frame.withGeometry(needed);
            grown.add(frame);
            inner = frame;
        }
        return grown;
    }

    private static int socketRows(Asset asset) {
        return Math.max(asset.inputs().size(), asset.outputs().size());
    }
}
