package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Geometry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The canvas's keyboard and mouse habits: delete keys and their confirmation, selection, nudges, copy and paste. */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=editor_browser")
class CanvasHabitsBrowserIT extends SignedInPageTest {

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Test
    void deleteAndBackspaceBothDeleteAndAFrameWithContentsAlwaysAsksFirst() {
        ChangeSetId cs = changeSets.create("Delete keys").id();
        ComponentView vpc = add(cs, "vpc", "AWS::EC2::VPC", "down frame", null, new Geometry(40, 40, 600, 400));
        add(cs, "subnet", "AWS::EC2::Subnet", null, vpc, new Geometry(40, 120, 250, 200));
        add(cs, "lonely-sg", "AWS::EC2::SecurityGroup", null, null, new Geometry(800, 40, 250, 200));
        page.navigate(url(cs));

        page.locator("[data-testid='node-lonely-sg'] .gantry-node-header").click();
        page.keyboard().press("Delete");
        assertThat(page.locator("[data-testid='node-lonely-sg']")).hasCount(0);

        page.locator("[data-testid='node-vpc'] .gantry-frame-header").click();
        page.keyboard().press("Backspace");
        Locator confirm = page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog[opened]");
        assertThat(page.getByText("This also deletes the 1 component(s) inside"))
                .isVisible();
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Cancel"))
                .click();
        assertThat(names(cs)).contains("vpc", "subnet");

        page.locator("[data-testid='node-vpc'] .gantry-frame-header").click();
        page.keyboard().press("Delete");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("[data-testid='node-vpc']")).hasCount(0);
        assertThat(names(cs)).doesNotContain("vpc", "subnet");
        assertThat(confirm).hasCount(0);
    }

    @Test
    void shiftClickAddsToTheSelectionAndCopyPasteMakesCopies() {
        ChangeSetId cs = changeSets.create("Habits").id();
        add(cs, "sg-a", "AWS::EC2::SecurityGroup", null, null, new Geometry(40, 40, 250, 200));
        add(cs, "sg-b", "AWS::EC2::SecurityGroup", null, null, new Geometry(400, 40, 250, 200));
        page.navigate(url(cs));

        page.locator("[data-testid='node-sg-a'] .gantry-node-header").click();
        page.locator("[data-testid='node-sg-b'] .gantry-node-header")
                .click(new Locator.ClickOptions()
                        .setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
        assertThat(page.locator(".react-flow__node.selected")).hasCount(2);

        // a plain click on a node of the selection selects that node alone
        page.locator("[data-testid='node-sg-a'] .gantry-node-header").click();
        assertThat(page.locator(".react-flow__node.selected")).hasCount(1);
        assertThat(page.locator(".react-flow__node.selected [data-testid='node-sg-a']"))
                .hasCount(1);
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Shift+ArrowDown");
        page.waitForCondition(ServerPolls.of(
                () -> geometry(cs, "sg-a").x() == 50 && geometry(cs, "sg-a").y() == 60));
        page.reload();
        // where the canvas draws it after the reload: the saved spot, not the one before the nudges
        assertThat(page.locator(".react-flow__node:has([data-testid='node-sg-a'])"))
                .hasAttribute("style", java.util.regex.Pattern.compile("translate\\(50px, ?60px\\)"));

        page.locator("[data-testid='node-sg-a'] .gantry-node-header").click();
        page.keyboard().press("Control+c");
        page.keyboard().press("Control+v");
        page.waitForCondition(
                ServerPolls.of(() -> names(cs).stream().filter("sg-a"::equals).count() == 2));
        // the copy is on the canvas before the user selects everything (the server has it a moment earlier)
        assertThat(page.locator("[data-testid='node-sg-a']")).hasCount(2);

        page.keyboard().press("Control+a");
        assertThat(page.locator(".react-flow__node.selected"))
                .hasCount(page.locator(".react-flow__node").count());

        page.keyboard().press("?");
        assertThat(page.locator("[data-testid='shortcut-help']")).containsText("Ctrl+C / Ctrl+V");
        GuideScreenshots.take(page, "shortcuts");
    }

    @Test
    void aPaletteCardDraggedOntoTheCanvasLandsWhereItIsDroppedInTheInnermostFrameThere() {
        ChangeSetId cs = changeSets.create("Drop").id();
        ComponentView vpc = add(cs, "vpc-d", "AWS::EC2::VPC", "down frame", null, new Geometry(40, 40, 1000, 700));
        ComponentView subnet =
                add(cs, "subnet-d", "AWS::EC2::Subnet", "down frame", vpc, new Geometry(40, 200, 500, 440));
        page.navigate(url(cs));

        Locator subnetFrame = page.locator("[data-testid='node-subnet-d']");
        assertThat(subnetFrame).isVisible();
        var box = subnetFrame.boundingBox(); // the frame on screen, at whatever zoom fitting the view chose
        Set<ComponentId> before =
                components.list(cs).stream().map(ComponentView::id).collect(Collectors.toSet());
        // dropped on the canvas where the subnet's body is (a frame's body lets the pointer through to the canvas)
        Locator canvas = page.locator(".react-flow__pane");
        var pane = canvas.boundingBox();
        page.locator("[data-testid='asset-AWS::EC2::SecurityGroup']")
                .dragTo(
                        canvas,
                        new Locator.DragToOptions()
                                .setTargetPosition(
                                        box.x - pane.x + box.width * 0.5, box.y - pane.y + box.height * 0.7));

        // the change set shows what HEAD holds too (other tests' security groups): the new one is the one not there
        // before
        page.waitForCondition(ServerPolls.of(() -> added(cs, before).isPresent()));
        ComponentView dropped = added(cs, before).orElseThrow();
        assertThat(dropped.assetName()).isEqualTo("AWS::EC2::SecurityGroup");
        assertThat(dropped.parent()).isEqualTo(subnet.id());
        // the drop point in the frame's own units, less the grip: the pointer holds the card by its title
        assertThat(dropped.geometry().x()).isCloseTo(500 * 0.5 - 24, org.assertj.core.data.Offset.offset(6.0));
        assertThat(dropped.geometry().y()).isCloseTo(440 * 0.7 - 16, org.assertj.core.data.Offset.offset(6.0));
        Locator card = page.locator("[data-testid='node-" + dropped.name() + "']");
        assertThat(card).isVisible();
        GuideScreenshots.take(page, "drop-from-palette");

        // its socket names are shown whole ("Security Group Egress", not "Security Grou…")
        assertThat(card.locator(".gantry-socket-name")).hasCount(8);
        Object clipped = card.locator(".gantry-socket-name")
                .evaluateAll("names => names.filter(n => n.scrollWidth > n.clientWidth + 1"
                        + " || n.scrollHeight > n.clientHeight + 1).map(n => n.textContent)");
        assertThat((List<?>) clipped).isEmpty();
        assertThat(card.getByText("Security Group Egress")).isVisible();
    }

    @Test
    void draggingAFramesBodyPansTheCanvasAndLeavesTheFrameWhereItIs() {
        ChangeSetId cs = changeSets.create("Pan").id();
        add(cs, "vpc-p", "AWS::EC2::VPC", "down frame", null, new Geometry(40, 40, 1000, 700));
        page.navigate(url(cs));
        Locator frame = page.locator("[data-testid='node-vpc-p']");
        assertThat(frame).isVisible();
        var before = frame.boundingBox();

        double x = before.x + before.width * 0.6;
        double y = before.y + before.height * 0.8; // below the title bar and the socket rows: the frame's body
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x - 150, y - 100, new Mouse.MoveOptions().setSteps(10));
        page.mouse().up();

        var after = frame.boundingBox();
        assertThat(after.x).isCloseTo(before.x - 150, org.assertj.core.data.Offset.offset(3.0));
        assertThat(after.y).isCloseTo(before.y - 100, org.assertj.core.data.Offset.offset(3.0));
        assertThat(geometry(cs, "vpc-p")).isEqualTo(new Geometry(40, 40, 1000, 700)); // panned, not moved
    }

    @Test
    void zoomedFarOutAFrameSketchesItsCardsAndZoomingInDrawsThemAgain() {
        ChangeSetId cs = changeSets.create("Far out").id();
        ComponentView vpc = add(cs, "vpc-far", "AWS::EC2::VPC", "down frame", null, new Geometry(40, 40, 1000, 700));
        for (int i = 1; i <= 3; i++) {
            add(cs, "far-" + i, "AWS::EC2::Subnet", null, vpc, new Geometry(40 + 300 * i - 300, 200, 250, 200));
        }
        page.navigate(url(cs));
        assertThat(page.locator("[data-testid='node-far-2']")).isVisible();
        page.locator("[data-testid='node-far-2'] .gantry-node-header").click();

        zoomUntil(zoom -> zoom < 0.1, 100);
        Locator sketch = page.locator("[data-testid='node-vpc-far'] .gantry-frame-sketch rect");
        assertThat(sketch).hasCount(3);
        // the cards are sketched, not drawn; the selected one stays drawn, so the selection still shows
        assertThat(page.locator("[data-testid='node-far-1']")).hasCount(0);
        assertThat(page.locator("[data-testid='node-far-3']")).hasCount(0);
        assertThat(page.locator("[data-testid='node-far-2']")).isVisible();

        zoomUntil(zoom -> zoom > 0.5, -100);
        assertThat(sketch).hasCount(0);
        assertThat(page.locator("[data-testid='node-far-1']")).isVisible();
        assertThat(page.locator("[data-testid='node-far-3']")).isVisible();
    }

    /** Turns the mouse wheel over the canvas, as a user zooms, until the zoom is where {@code enough} says. */
    private void zoomUntil(java.util.function.DoublePredicate enough, double wheel) {
        var canvas = page.locator(".react-flow").boundingBox();
        page.mouse().move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
        for (int i = 0; i < 80 && !enough.test(CanvasProbes.zoom(page)); i++) {
            page.mouse().wheel(0, wheel);
            page.waitForTimeout(30);
        }
        assertThat(enough.test(CanvasProbes.zoom(page)))
                .as("zoom %s", CanvasProbes.zoom(page))
                .isTrue();
    }

    @Test
    void undoAndRedoWorkOnTheServerSurviveAReloadAndAreAudited() {
        ChangeSetId cs = changeSets.create("Undo").id();
        ComponentView vpc = add(cs, "vpc-u", "AWS::EC2::VPC", "down frame", null, new Geometry(40, 40, 600, 400));
        add(cs, "subnet-u", "AWS::EC2::Subnet", null, vpc, new Geometry(40, 120, 250, 200));
        page.navigate(url(cs));

        page.locator("[data-testid='node-vpc-u'] .gantry-frame-header").click();
        page.keyboard().press("Delete");
        page.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(page.locator("[data-testid='node-vpc-u']")).hasCount(0);

        page.locator(".react-flow__pane").click(new Locator.ClickOptions().setPosition(5, 5));
        page.keyboard().press("Control+z");
        assertThat(page.locator("[data-testid='node-subnet-u']")).isVisible();
        assertThat(names(cs)).contains("vpc-u", "subnet-u");
        assertThat(components.list(cs).stream()
                        .filter(c -> c.name().equals("subnet-u"))
                        .findFirst()
                        .orElseThrow()
                        .parent())
                .isEqualTo(vpc.id());

        page.reload();
        assertThat(page.locator("[data-testid='node-vpc-u']")).isVisible();
        page.locator("[data-testid='redo']").click();
        assertThat(page.locator("[data-testid='node-vpc-u']")).hasCount(0);
        assertThat(names(cs)).doesNotContain("vpc-u", "subnet-u");
        assertThat(changeSets.audit(cs))
                .extracting(e -> e.action())
                .anyMatch(a -> a.startsWith("undo delete"))
                .anyMatch(a -> a.startsWith("redo delete"));
    }

    @Test
    void tidyUpLaysOutAFramesContentWithoutOverlapsAsOneUndoableEdit() {
        ChangeSetId cs = changeSets.create("Tidy").id();
        ComponentView vpc = add(cs, "vpc-t", "AWS::EC2::VPC", "down frame", null, new Geometry(40, 40, 600, 400));
        for (int i = 0; i < 5; i++) { // piled on top of each other
            add(cs, "sg-" + i, "AWS::EC2::SecurityGroup", null, vpc, new Geometry(60 + 5 * i, 120, 250, 100));
        }
        page.navigate(url(cs));

        page.locator("[data-testid='node-vpc-t'] .gantry-frame-header").click();
        page.locator("[data-testid='tidy-up']").click();

        page.waitForCondition(ServerPolls.of(() -> !overlapping(cs, vpc)));
        GuideScreenshots.take(page, "tidy-up");
        assertThat(changeSets.audit(cs)).extracting(e -> e.action()).contains("tidy up");
        page.locator(".react-flow__pane").click(new Locator.ClickOptions().setPosition(5, 5));
        page.keyboard().press("Control+z");
        page.waitForCondition(ServerPolls.of(() -> overlapping(cs, vpc)));
    }

    private boolean overlapping(ChangeSetId cs, ComponentView frame) {
        List<ComponentView> inside = components.list(cs).stream()
                .filter(c -> frame.id().equals(c.parent()))
                .toList();
        for (int i = 0; i < inside.size(); i++) {
            for (int j = i + 1; j < inside.size(); j++) {
                Geometry a = inside.get(i).geometry();
                Geometry b = inside.get(j).geometry();
                if (a.x() < b.x() + b.width()
                        && b.x() < a.x() + a.width()
                        && a.y() < b.y() + b.height()
                        && b.y() < a.y() + a.height()) {
                    return true;
                }
            }
        }
        return false;
    }

    private ComponentView add(
            ChangeSetId cs, String name, String asset, String type, ComponentView parent, Geometry geometry) {
        return components.create(
                cs, new NewComponent(name, asset, type, parent == null ? null : parent.id(), geometry, null));
    }

    private Optional<ComponentView> added(ChangeSetId cs, Set<ComponentId> before) {
        return components.list(cs).stream()
                .filter(c -> !before.contains(c.id()))
                .findFirst();
    }

    private Geometry geometry(ChangeSetId cs, String name) {
        return components.list(cs).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow()
                .geometry();
    }

    private List<String> names(ChangeSetId cs) {
        return components.list(cs).stream().map(ComponentView::name).toList();
    }

    private String url(ChangeSetId cs) {
        return "http://localhost:" + port + "/?changeSet=" + cs;
    }
}
