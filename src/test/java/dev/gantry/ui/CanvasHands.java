package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.model.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A user's mouse on the canvas, for {@link GuideWalker}: cards and frames picked by their card or title bar, and
 * connections dragged between sockets, zooming in first (nobody can hit a socket on a whole-diagram view) and letting
 * the canvas pan at its edge when the other socket is out of view.
 */
final class CanvasHands {

    /** Below React Flow's zoom of 0.45 cards drop their sockets; a user zooms in further to hit one. */
    private static final double SOCKET_ZOOM = 0.55;

    private final Page page;
    private final Supplier<ChangeSetId> changeSet;
    private final ConnectionService connections;

    CanvasHands(Page page, Supplier<ChangeSetId> changeSet, ConnectionService connections) {
        this.page = page;
        this.changeSet = changeSet;
        this.connections = connections;
    }

    /** Selects a component or frame on the canvas, by its card or title bar, zooming in when it is too small. */
    void select(String name) {
        Locator node = node(name);
        if (!clickable(node)) { // not in view, or too small to hit: the whole diagram, then closer
            fitView();
        }
        Locator target = node.locator(".gantry-frame-header").count() > 0
                ? node.locator(".gantry-frame-header").first()
                : node;
        for (int i = 0; i < 20 && height(target) < 16; i++) {
            zoomAt(centre(target));
        }
        target.click(new Locator.ClickOptions().setPosition(6, 6));
        assertThat(page.locator("[data-testid='component-name'] input")).hasValue(name);
    }

    /** Whether a user could click the card or title bar where it is now: shown, large enough, nothing over it. */
    private boolean clickable(Locator node) {
        if (node.count() == 0) {
            return false;
        }
        Locator header = node.locator(".gantry-frame-header");
        Locator target = header.count() > 0 ? header.first() : node;
        return (Boolean) target.evaluate("t => { const r = t.getBoundingClientRect();"
                + " const e = document.elementFromPoint(r.x + 6, r.y + 6);"
                + " return r.height >= 16 && e !== null && t.contains(e); }");
    }

    /**
     * Drags a connection from an output socket to an input socket, as a user does: zoom in on the source card until
     * its sockets show, press on the socket, and drag to the input. When the input is off screen, the drag rests
     * near the canvas edge towards it, so the canvas pans, until the input comes into view.
     */
    void connect(String from, String output, String to, String input) {
        ChangeSetId cs = changeSet.get();
        long before = explicitConnections(cs);
        Locator source = socket(from, "output", output);
        Locator target = socket(to, "input", input);
        // a drag that missed (the canvas still panning under a busy machine) is simply done again, as a user would
        for (int attempt = 1; ; attempt++) {
            drag(from, to, source, target);
            try {
                page.waitForCondition(
                        ServerPolls.of(() -> explicitConnections(cs) == before + 1),
                        new Page.WaitForConditionOptions().setTimeout(10_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError notMade) {
                if (attempt == 2) {
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(java.nio.file.Path.of("target/screenshots/howto-connect-" + to + ".png")));
                    throw new AssertionError("No connection " + from + "." + output + " → " + to + "." + input
                            + " at zoom " + zoom() + "; under the target: " + onTop(target) + " at "
                            + describe(target.boundingBox()) + "; the canvas at " + describe(pane()));
                }
            }
        }
    }

    private void drag(String from, String to, Locator source, Locator target) {
        if (!(grabbable(source) && grabbable(target))) {
            fitView();
            double[] targetInFlow = toFlow(centre(node(to)));
            double[] anchor = inward(centre(node(from)));
            for (int i = 0; i < 30 && !(zoom() >= SOCKET_ZOOM && source.count() > 0); i++) {
                zoomAt(anchor);
            }
            press(source);
            panTowards(target, targetInFlow);
        } else {
            press(source);
        }
        // leave the edge first, so the canvas stops panning, then aim at where the socket is now (a loaded machine
        // may have panned it back into the edge's band meanwhile: then pan on)
        for (int i = 0; i < 3; i++) {
            double[] calm = clampIntoPane(centre(target), 80);
            page.mouse().move(calm[0], calm[1], new Mouse.MoveOptions().setSteps(2));
            page.waitForTimeout(150);
            if (grabbable(target)) {
                break;
            }
            panTowards(target, toFlow(centre(target)));
        }
        BoundingBox b = target.boundingBox();
        page.mouse().move(b.x + b.width / 2, b.y + b.height / 2, new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }

    private void press(Locator socket) {
        BoundingBox a = socket.boundingBox();
        page.mouse().move(a.x + a.width / 2, a.y + a.height / 2);
        page.mouse().down();
    }

    /** Holds the drag near the canvas edge towards the socket, so the canvas pans, until it is well in view. */
    private void panTowards(Locator socket, double[] estimateInFlow) {
        long deadline = System.currentTimeMillis() + 45_000;
        while (!grabbable(socket) && System.currentTimeMillis() < deadline) {
            double[] towards = edgeTowards(socket.count() > 0 ? centre(socket) : toScreen(estimateInFlow));
            page.mouse().move(towards[0], towards[1], new Mouse.MoveOptions().setSteps(4));
            page.waitForTimeout(100);
        }
    }

    /** A point beyond the given one, away from the canvas centre: zooming there moves the point inwards. */
    private double[] inward(double[] point) {
        BoundingBox pane = pane();
        double cx = pane.x + pane.width / 2;
        double cy = pane.y + pane.height / 2;
        return clampIntoPane(new double[] {point[0] + (point[0] - cx) * 0.5, point[1] + (point[1] - cy) * 0.5}, 5);
    }

    /**
     * Where to hold a dragged connection so the canvas pans a point into view: at the edge on each axis where the
     * point is outside (or too close to the edge), elsewhere at the point itself.
     */
    private double[] edgeTowards(double[] point) {
        BoundingBox pane = pane();
        return new double[] {
            towardsOnAxis(point[0], pane.x, pane.x + pane.width), towardsOnAxis(point[1], pane.y, pane.y + pane.height)
        };
    }

    private static double towardsOnAxis(double value, double low, double high) {
        if (value < low + 60) {
            return low + 3;
        }
        return value > high - 60 ? high - 3 : value;
    }

    private double[] clampIntoPane(double[] point, double inset) {
        BoundingBox pane = pane();
        return new double[] {
            Math.clamp(point[0], pane.x + inset, pane.x + pane.width - inset),
            Math.clamp(point[1], pane.y + inset, pane.y + pane.height - inset)
        };
    }

    private BoundingBox pane() {
        return page.locator(".react-flow").boundingBox();
    }

    /** The canvas's pan and zoom, {@code [scale, x, y]}. */
    private double[] viewport() {
        @SuppressWarnings("unchecked")
        List<Number> m = (List<Number>) page.locator(".react-flow__viewport")
                .evaluate("v => { const m = new DOMMatrix(getComputedStyle(v).transform); return [m.a, m.e, m.f]; }");
        return new double[] {
            m.get(0).doubleValue(), m.get(1).doubleValue(), m.get(2).doubleValue()
        };
    }

    private double[] toFlow(double[] screen) {
        double[] v = viewport();
        BoundingBox pane = pane();
        return new double[] {(screen[0] - pane.x - v[1]) / v[0], (screen[1] - pane.y - v[2]) / v[0]};
    }

    private double[] toScreen(double[] flow) {
        double[] v = viewport();
        BoundingBox pane = pane();
        return new double[] {pane.x + v[1] + flow[0] * v[0], pane.y + v[2] + flow[1] * v[0]};
    }

    private static String describe(BoundingBox b) {
        return b == null
                ? "nowhere"
                : "(" + (int) b.x + ", " + (int) b.y + ", " + (int) b.width + "×" + (int) b.height + ")";
    }

    /** What the pointer would hit at the socket's centre (a card or edge lying over it takes the press). */
    private static String onTop(Locator socket) {
        return (String) socket.evaluate("h => { const r = h.getBoundingClientRect();"
                + " const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                + " return e === h || h.contains(e) ? 'the socket' : (e ? e.outerHTML.slice(0, 160) : 'nothing'); }");
    }

    private long explicitConnections(ChangeSetId cs) {
        return connections.list(cs).connections().stream()
                .filter(c -> c.kind() == Connection.Kind.EXPLICIT)
                .count();
    }

    private boolean grabbable(Locator socket) {
        if (zoom() < SOCKET_ZOOM || socket.count() == 0) {
            return false;
        }
        BoundingBox s = socket.boundingBox();
        BoundingBox pane = page.locator(".react-flow").boundingBox();
        // well inside: within 40 px of the edge the canvas pans while a connection is dragged
        return s != null
                && s.x > pane.x + 60
                && s.y > pane.y + 60
                && s.x + s.width < pane.x + pane.width - 60
                && s.y + s.height < pane.y + pane.height - 60;
    }

    private double zoom() {
        return CanvasProbes.zoom(page);
    }

    private void zoomAt(double[] point) {
        page.mouse().move(point[0], point[1]);
        page.mouse().wheel(0, -150);
        page.waitForTimeout(120);
    }

    private static double[] centre(Locator l) {
        BoundingBox b = l.boundingBox();
        return new double[] {b.x + b.width / 2, b.y + b.height / 2};
    }

    private static double height(Locator l) {
        BoundingBox b = l.boundingBox();
        return b == null ? 0 : b.height;
    }

    /** The canvas's "fit view" control, as a user brings everything into view. */
    void fitView() {
        page.locator(".react-flow__controls-fitview").click();
        // the view animates: until it stands still (a busy machine takes longer than the animation's 300 ms)
        double[] before = viewport();
        for (int i = 0; i < 20; i++) {
            page.waitForTimeout(i == 0 ? 300 : 100);
            double[] now = viewport();
            if (Arrays.equals(now, before)) {
                return;
            }
            before = now;
        }
    }

    Locator node(String name) {
        return page.locator("[data-testid='node-" + name + "']");
    }

    private Locator socket(String node, String side, String name) {
        // socket names differ in case between guides and assets ("Subnet ID" / "Subnet Id"): match as a user reads
        return page.locator("[data-testid='socket-" + node + "-" + side + "-" + name + "' i]");
    }
}
