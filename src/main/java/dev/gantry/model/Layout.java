package dev.gantry.model;

import dev.gantry.catalog.Asset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        double width = newSize(asset, type).width();
        double height = newSize(asset, type).height();
        List<Geometry> siblings = siblings(model, parent, null);
        double left = parent == null ? CANVAS_MARGIN : MARGIN;
        double top = parent == null ? CANVAS_MARGIN : contentTop(model, parent);
        double rowWidth = parent == null ? topLevelRowWidth(siblings) : ROW_WIDTH;
        Geometry next = nextInRow(siblings, left, top, width, height, rowWidth);
        if (siblings.stream().noneMatch(s -> touches(next, s))) {
            return next; // the usual case, in one pass over the siblings
        }
        return freeSpot(siblings, left, top, width, height, rowWidth);
    }

    /** Dropped by the user: where they let go, below the frame's title and sockets, at a new component's size. */
    static Geometry droppedAt(Model model, Asset asset, ComponentType type, ComponentId parent, double x, double y) {
        Geometry size = newSize(asset, type);
        return parent == null ? size.at(x, y) : size.at(Math.max(MARGIN, x), Math.max(contentTop(model, parent), y));
    }

    private static Geometry newSize(Asset asset, ComponentType type) {
        return type == ComponentType.COMPONENT
                ? new Geometry(0, 0, CARD_WIDTH, CARD_TITLE + SOCKET_ROW * socketRows(asset) + 12)
                : new Geometry(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
    }

    /** Below a frame's title and socket rows: where its content starts. */
    private static double contentTop(Model model, ComponentId frame) {
        return FRAME_TITLE + SOCKET_ROW * socketRows(model.asset(model.require(frame))) + GAP;
    }

    /** Right of the last row, or the start of a new row under everything. */
    private static Geometry nextInRow(
            List<Geometry> siblings, double left, double top, double width, double height, double rowWidth) {
        if (siblings.isEmpty()) {
            return new Geometry(left, top, width, height);
        }
        double rowTop = siblings.stream().mapToDouble(Geometry::y).max().orElse(top);
        double rowRight = siblings.stream()
                .filter(g -> g.y() >= rowTop)
                .mapToDouble(g -> g.x() + g.width())
                .max()
                .orElse(left);
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

    /**
     * The first place, reading in rows from the top left, where a box fits without touching any sibling: right of
     * a sibling, below one, or at the start of a row under everything. Whatever the siblings' sizes or where the
     * user dragged them, nothing overlaps.
     */
    static Geometry freeSpot(
            List<Geometry> siblings, double left, double top, double width, double height, double rowWidth) {
        List<double[]> candidates = new ArrayList<>();
        candidates.add(new double[] {left, top});
        for (Geometry s : siblings) {
            candidates.add(new double[] {s.x() + s.width() + GAP, Math.max(top, s.y())});
            candidates.add(new double[] {left, s.y() + s.height() + GAP});
            candidates.add(new double[] {Math.max(left, s.x()), s.y() + s.height() + GAP});
        }
        candidates.sort(Comparator.<double[]>comparingDouble(c -> c[1]).thenComparingDouble(c -> c[0]));
        for (double[] c : candidates) {
            Geometry spot = new Geometry(c[0], c[1], width, height);
            if (c[0] + width <= left + rowWidth && siblings.stream().noneMatch(s -> touches(spot, s))) {
                return spot;
            }
        }
        double bottom =
                siblings.stream().mapToDouble(g -> g.y() + g.height()).max().orElse(top - GAP);
        return new Geometry(left, bottom + GAP, width, height);
    }

    /** Overlapping, or closer than the gap that keeps sockets and labels clickable. */
    static boolean touches(Geometry a, Geometry b) {
        double half = GAP / 2;
        return a.x() - half < b.x() + b.width()
                && b.x() - half < a.x() + a.width()
                && a.y() - half < b.y() + b.height()
                && b.y() - half < a.y() + a.height();
    }

    private static List<Geometry> siblings(Model model, ComponentId parent, ComponentId except) {
        return (parent == null
                        ? model.components().stream()
                                .filter(c -> c.parent() == null)
                                .toList()
                        : model.children(parent))
                .stream()
                        .filter(c -> !c.id().equals(except))
                        .map(Component::geometry)
                        .toList();
    }

    /**
     * The frames around {@code child}, each grown (never shrunk) to hold what it contains, plus the siblings a
     * grown frame pushed right or down so that it covers none of them: a frame never hides its neighbours'
     * sockets.
     */
    static List<Component> grownFrames(Model model, Component child) {
        return grownFrames(model, child, false);
    }

    /** {@code grew}: the child itself grew (a resize), so it pushes its own siblings too. */
    static List<Component> grownFrames(Model model, Component child, boolean grew) {
        Map<ComponentId, Component> changed = new LinkedHashMap<>();
        Component inner = child;
        boolean pushing = grew;
        while (true) {
            if (pushing) {
                pushSiblings(model, changed, inner);
            }
            if (inner.parent() == null) {
                break;
            }
            Component frame = current(model, changed, inner.parent());
            Geometry g = frame.geometry();
            double width = g.width();
            double height = g.height();
            for (Component c : model.children(frame.id())) {
                Geometry cg = current(model, changed, c.id()).geometry();
                width = Math.max(width, cg.x() + cg.width() + MARGIN);
                height = Math.max(height, cg.y() + cg.height() + MARGIN);
            }
            Geometry needed = g.sized(width, height);
            if (needed.equals(g)) {
                break;
            }
            frame = frame.withGeometry(needed);
            changed.put(frame.id(), frame);
            inner = frame;
            pushing = true;
        }
        changed.remove(child.id());
        return List.copyOf(changed.values());
    }

    /** How far the content of each frame from {@code frame} up reaches: [right, bottom], relative to that frame. */
    static Map<ComponentId, double[]> reaches(Model model, ComponentId frame) {
        Map<ComponentId, double[]> reaches = new LinkedHashMap<>();
        for (ComponentId f = frame; f != null; f = model.require(f).parent()) {
            reaches.put(f, reach(model, Map.of(), f));
        }
        return reaches;
    }

    /**
     * After content went (a delete), each frame around it gives back the room that content took, down to what the
     * rest still needs and never below a new frame's size: a Region emptied of its VPC does not stay VPC-sized.
     * Room the user gave a frame beyond its content is kept. {@code before} is {@link #reaches} from before.
     */
    static List<Component> shrunkFrames(Model model, Map<ComponentId, double[]> before) {
        Map<ComponentId, Component> changed = new LinkedHashMap<>();
        for (Map.Entry<ComponentId, double[]> e : before.entrySet()) {
            Component frame = model.require(e.getKey());
            double[] after = reach(model, changed, frame.id());
            Geometry g = frame.geometry();
            double width = Math.max(g.width() - (e.getValue()[0] - after[0]), after[0] + MARGIN);
            double height = Math.max(g.height() - (e.getValue()[1] - after[1]), after[1] + MARGIN);
            width = Math.min(g.width(), Math.max(width, FRAME_WIDTH));
            height = Math.min(g.height(), Math.max(height, minimumFrameHeight(model, frame)));
            if (width == g.width() && height == g.height()) {
                break; // the frames further out need what they had
            }
            changed.put(frame.id(), frame.withGeometry(g.sized(width, height)));
        }
        return List.copyOf(changed.values());
    }

    private static double[] reach(Model model, Map<ComponentId, Component> changed, ComponentId frame) {
        double right = 0;
        double bottom = 0;
        for (Component c : model.children(frame)) {
            Geometry g = current(model, changed, c.id()).geometry();
            right = Math.max(right, g.x() + g.width());
            bottom = Math.max(bottom, g.y() + g.height());
        }
        return new double[] {right, bottom};
    }

    /** A frame's title and socket rows, with room for one card below them. */
    private static double minimumFrameHeight(Model model, Component frame) {
        return Math.max(FRAME_HEIGHT, contentTop(model, frame.id()) + CARD_TITLE + 2 * GAP);
    }

    private static Component current(Model model, Map<ComponentId, Component> changed, ComponentId id) {
        Component c = changed.get(id);
        return c != null ? c : model.require(id);
    }

    /**
     * Siblings the grown component now covers move right (those beside it) or down (those below it); whatever
     * they then cover moves in turn. Only what moved is looked at again, so a growth that disturbs nothing costs
     * one pass over the siblings.
     */
    private static void pushSiblings(Model model, Map<ComponentId, Component> changed, Component grown) {
        List<ComponentId> siblings = (grown.parent() == null
                        ? model.components().stream().filter(c -> c.parent() == null)
                        : model.children(grown.parent()).stream())
                .map(Component::id)
                .filter(id -> !id.equals(grown.id()))
                .toList();
        java.util.ArrayDeque<Component> moved = new java.util.ArrayDeque<>(List.of(grown));
        int budget = siblings.size() * siblings.size() + 1;
        while (!moved.isEmpty() && budget-- > 0) {
            Component p = moved.poll();
            Geometry pg = p.geometry();
            for (ComponentId id : siblings) {
                Component sibling = current(model, changed, id);
                Geometry sg = sibling.geometry();
                if (id.equals(p.id()) || !touches(sg, pg) || (sg.x() < pg.x() && sg.y() < pg.y())) {
                    continue;
                }
                boolean beside = sg.x() >= pg.x() + pg.width() / 2 && sg.y() < pg.y() + pg.height() / 2;
                Component pushed = sibling.withGeometry(
                        beside ? sg.at(pg.x() + pg.width() + GAP, sg.y()) : sg.at(sg.x(), pg.y() + pg.height() + GAP));
                changed.put(id, pushed);
                moved.add(pushed);
            }
        }
    }

    private static int socketRows(Asset asset) {
        return Math.max(asset.inputs().size(), asset.outputs().size());
    }
}
