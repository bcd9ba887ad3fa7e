package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.model.Connection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A user's hands on the editor, for walking a guide: palette search and click, the property panel's inputs, frames
 * picked by their title bar, connections dragged between sockets (zooming in first, as nobody can hit a socket on a
 * whole-diagram view) and the change set bar's buttons. Each step waits for the server to hold what the user did,
 * reading through the services, never doing the work through them.
 */
final class GuideWalker {

    private static final LocatorAssertions.HasTextOptions PATIENTLY =
            new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    /** Below React Flow's zoom of 0.45 cards drop their sockets; a user zooms in further to hit one. */
    private static final double SOCKET_ZOOM = 0.55;

    private final Page page;
    private final ComponentService components;
    private final ConnectionService connections;

    GuideWalker(Page page, ComponentService components, ConnectionService connections) {
        this.page = page;
        this.components = components;
        this.connections = connections;
    }

    /** The change set open in the editor, from the address bar. */
    ChangeSetId changeSet() {
        return page.url().contains("changeSet=")
                ? ChangeSetId.parse(page.url().replaceAll(".*changeSet=", ""))
                : ChangeSetId.HEAD;
    }

    /** "New change set", named in its dialog. */
    void newChangeSet(String name) {
        String before = page.url();
        page.locator("[data-testid='new-change-set']").click();
        Locator field = page.locator("[data-testid='change-set-name'] input");
        field.fill(name);
        field.press("Enter");
        assertThat(page.locator("vaadin-select.gantry-change-set-selector")).containsText(name + " · open");
        page.waitForCondition(
                () -> page.url().contains("changeSet=") && !page.url().equals(before));
    }

    /** The palette's "Add as" choice: component, down frame or up frame. */
    void addAs(String type) {
        page.locator("vaadin-select.gantry-add-as").click();
        // the open drop-down's options (the panel's Type select shows its value as an item too)
        page.locator("vaadin-select-item[role='option']:visible", new Page.LocatorOptions().setHasText(type))
                .click();
    }

    /** Searches the palette, clicks the asset's card and names the new component in the property panel. */
    void add(String search, String asset, String name) {
        Locator searchField = page.locator(".gantry-palette vaadin-text-field input");
        if (!searchField.inputValue().equals(search)) {
            String shownBefore = shownCards();
            searchField.fill(search);
            // a user waits for the results of what they typed before clicking one (the old list may hold the card)
            page.waitForCondition(() -> !shownCards().equals(shownBefore));
        }
        int before = components.list(changeSet()).size();
        page.locator("[data-testid='asset-" + asset + "']").click();
        assertThat(page.locator(".gantry-panel-asset")).hasText(asset, PATIENTLY);
        page.waitForCondition(() -> components.list(changeSet()).size() == before + 1);
        Locator field = page.locator("[data-testid='component-name'] input");
        field.fill(name);
        field.press("Enter");
        page.waitForCondition(() -> find(name).isPresent());
    }

    private String shownCards() {
        return (String) page.locator(".gantry-palette-results")
                .evaluate("r => Array.from(r.querySelectorAll('[data-asset]')).map(c => c.dataset.asset).join('|')");
    }

    /**
     * Sets a property of the selected component with the input the panel offers for it: a text field is typed
     * into, a drop-down picked from, a checkbox ticked. Waits until the server holds it.
     */
    void set(String property, String value) {
        Locator field = page.locator("[data-testid='property-" + property + "']");
        Locator combo = field.locator("vaadin-combo-box");
        Locator checkbox = field.locator("vaadin-checkbox input");
        if (combo.count() > 0) {
            // typed to narrow the choices, then picked, as with any long drop-down
            combo.locator("input").click();
            combo.locator("input").fill(value);
            combo.locator("vaadin-combo-box-item", new Locator.LocatorOptions().setHasText(exactly(value)))
                    .first()
                    .click();
        } else if (checkbox.count() > 0) {
            checkbox.setChecked(Boolean.parseBoolean(value));
        } else {
            Locator input = field.locator("vaadin-text-field input").first();
            input.fill(value);
            input.press("Enter");
        }
        // a secret is sealed on the server and read back redacted
        awaitValue(
                property,
                v -> v != null && (v.asString().equals(value) || v.asString().equals("<redacted>")));
    }

    /** Items of a list property, each added with "Add item" and typed into its own input. */
    void listItems(String property, String... items) {
        listItems(page.locator("[data-testid='property-" + property + "']"), items);
        awaitValue(property, v -> v != null && v.size() == items.length);
    }

    /** Items of a list that is a field of an object property (a principal's Service). */
    void objectListItems(String property, String field, String... items) {
        listItems(page.locator("[data-testid='property-" + property + "'] [data-testid='field-" + field + "']"), items);
        awaitValue(property, v -> v != null && v.path(field).size() == items.length);
    }

    private void listItems(Locator list, String... items) {
        for (int i = 0; i < items.length; i++) {
            list.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add item"))
                    .last()
                    .click();
            Locator item = list.locator("[data-testid='list-item'] input").nth(i);
            item.fill(items[i]);
            item.press("Enter");
        }
    }

    /** Picks allowed values from a multi-select (RequiresCompatibilities, CapacityProviders). */
    void choose(String property, String... values) {
        Locator field = page.locator("[data-testid='property-" + property + "'] vaadin-multi-select-combo-box");
        for (String value : values) {
            field.locator("input").click();
            field.locator("vaadin-multi-select-combo-box-item", new Locator.LocatorOptions().setHasText(exactly(value)))
                    .first()
                    .click();
        }
        field.locator("input").press("Escape");
        awaitValue(property, v -> v != null && v.size() == values.length);
    }

    /** One field of an object property (a matcher's HttpCode, a runtime platform's CpuArchitecture). */
    void objectField(String property, String field, String value) {
        Locator input = page.locator(
                        "[data-testid='property-" + property + "'] [data-testid='field-" + field + "'] input")
                .first();
        input.fill(value);
        input.press("Enter");
        awaitValue(property, v -> v != null && v.path(field).asString().equals(value));
    }

    /** Key/value rows of a Tags property. */
    void tag(String property, String key, String value) {
        Locator tags = page.locator("[data-testid='property-" + property + "']");
        tags.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add item"))
                .click();
        tags.locator("[data-testid='field-Key'] input").last().fill(key);
        tags.locator("[data-testid='field-Value'] input").last().fill(value);
        tags.locator("[data-testid='field-Value'] input").last().press("Enter");
        awaitValue(property, v -> v != null && v.size() > 0);
    }

    private void awaitValue(String property, java.util.function.Predicate<@Nullable JsonNode> holds) {
        String component = page.locator("[data-testid='component-name'] input").inputValue();
        page.waitForCondition(() ->
                holds.test(find(component).map(c -> c.manual().get(property)).orElse(null)));
    }

    /** Selects a component or frame on the canvas, by its card or title bar, zooming in when it is too small. */
    void select(String name) {
        fitView();
        Locator node = node(name);
        Locator target = node.locator(".gantry-frame-header").count() > 0
                ? node.locator(".gantry-frame-header").first()
                : node;
        for (int i = 0; i < 20 && height(target) < 16; i++) {
            zoomAt(centre(target));
        }
        target.click(new Locator.ClickOptions().setPosition(6, 6));
        assertThat(page.locator("[data-testid='component-name'] input")).hasValue(name);
    }

    /**
     * Drags a connection from an output socket to an input socket, as a user does: zoom in on the source card until
     * its sockets show, press on the socket, and drag to the input. When the input is off screen, the drag rests
     * near the canvas edge towards it, so the canvas pans, until the input comes into view.
     */
    void connect(String from, String output, String to, String input) {
        ChangeSetId cs = changeSet();
        long before = explicitConnections(cs);
        Locator source = socket(from, "output", output);
        Locator target = socket(to, "input", input);
        fitView();
        double[] targetInFlow = toFlow(centre(node(to)));
        double[] anchor = inward(centre(node(from)));
        for (int i = 0; i < 30 && !(zoom() >= SOCKET_ZOOM && source.count() > 0); i++) {
            zoomAt(anchor);
        }
        BoundingBox a = source.boundingBox();
        String pressedOn = onTop(source) + " at " + describe(a);
        page.mouse().move(a.x + a.width / 2, a.y + a.height / 2);
        page.mouse().down();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!grabbable(target) && System.currentTimeMillis() < deadline) {
            double[] towards = edgeTowards(target.count() > 0 ? centre(target) : toScreen(targetInFlow));
            page.mouse().move(towards[0], towards[1], new Mouse.MoveOptions().setSteps(4));
            page.waitForTimeout(100);
        }
        // leave the edge first, so the canvas stops panning, then aim at where the socket is now
        double[] calm = clampIntoPane(centre(target), 80);
        page.mouse().move(calm[0], calm[1], new Mouse.MoveOptions().setSteps(2));
        page.waitForTimeout(150);
        BoundingBox b = target.boundingBox();
        page.mouse().move(b.x + b.width / 2, b.y + b.height / 2, new Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
        try {
            page.waitForCondition(
                    () -> explicitConnections(cs) == before + 1, new Page.WaitForConditionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError notMade) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/screenshots/howto-connect-" + to + ".png")));
            throw new AssertionError("No connection " + from + "." + output + " → " + to + "." + input + " at zoom "
                    + zoom() + "; pressed on " + pressedOn + "; under the target: " + onTop(target) + " at "
                    + describe(target.boundingBox()) + "; the canvas at " + describe(pane()));
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
            return low + 12;
        }
        return value > high - 60 ? high - 12 : value;
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
        return ((Number) page.locator(".react-flow__viewport")
                        .evaluate("v => new DOMMatrix(getComputedStyle(v).transform).a"))
                .doubleValue();
    }

    private void zoomAt(double[] point) {
        page.mouse().move(point[0], point[1]);
        page.mouse().wheel(0, -150);
        page.waitForTimeout(120);
    }

    private static Pattern exactly(String text) {
        // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting
        return Pattern.compile("^\\s*" + text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\s*$");
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
        page.waitForTimeout(300); // the view animates
    }

    Locator node(String name) {
        return page.locator("[data-testid='node-" + name + "']");
    }

    private Locator socket(String node, String side, String name) {
        // socket names differ in case between guides and assets ("Subnet ID" / "Subnet Id"): match as a user reads
        return page.locator("[data-testid='socket-" + node + "-" + side + "-" + name + "' i]");
    }

    /** Escape selects the workspace, then the change set bar's button of that label. */
    void clickInBar(String label) {
        page.keyboard().press("Escape");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText(label))
                .first()
                .click();
    }

    /** Waits for the run shown in the editor to finish and says how it ended. */
    String awaitRun() {
        page.locator("[data-testid='run-status']").waitFor();
        Locator status = page.locator("[data-testid='run-status']");
        page.waitForCondition(
                () -> List.of("succeeded", "failed", "cancelled")
                        .contains(status.textContent().trim()),
                new Page.WaitForConditionOptions().setTimeout(180_000));
        return status.textContent().trim();
    }

    Optional<ComponentView> find(String name) {
        return components.list(changeSet()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
