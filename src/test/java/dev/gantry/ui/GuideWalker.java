package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
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

    private final Page page;
    private final ComponentService components;
    private final CanvasHands canvas;

    GuideWalker(Page page, ComponentService components, ConnectionService connections) {
        this.page = page;
        this.components = components;
        this.canvas = new CanvasHands(page, this::changeSet, connections);
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
        page.waitForCondition(ServerPolls.of(
                () -> page.url().contains("changeSet=") && !page.url().equals(before)));
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
            page.waitForCondition(ServerPolls.of(() -> !shownCards().equals(shownBefore)));
        }
        int before = components.list(changeSet()).size();
        page.locator("[data-testid='asset-" + asset + "']").click();
        assertThat(page.locator(".gantry-panel-asset")).hasText(asset, PATIENTLY);
        page.waitForCondition(ServerPolls.of(() -> components.list(changeSet()).size() == before + 1));
        Locator field = page.locator("[data-testid='component-name'] input");
        field.fill(name);
        field.press("Enter");
        page.waitForCondition(ServerPolls.of(() -> find(name).isPresent()));
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
        page.waitForCondition(ServerPolls.of(() ->
                holds.test(find(component).map(c -> c.manual().get(property)).orElse(null))));
    }

    /** Selects a component or frame on the canvas, by its card or title bar. */
    void select(String name) {
        canvas.select(name);
    }

    /** Drags a connection from an output socket to an input socket. */
    void connect(String from, String output, String to, String input) {
        canvas.connect(from, output, to, input);
    }

    void fitView() {
        canvas.fitView();
    }

    private static Pattern exactly(String text) {
        // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting
        return Pattern.compile("^\\s*" + text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + "\\s*$");
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
                ServerPolls.of(() -> List.of("succeeded", "failed", "cancelled")
                        .contains(status.textContent().trim())),
                new Page.WaitForConditionOptions().setTimeout(180_000));
        return status.textContent().trim();
    }

    Optional<ComponentView> find(String name) {
        return components.list(changeSet()).stream()
                .filter(c -> c.name().equals(name))
                .findFirst();
    }
}
