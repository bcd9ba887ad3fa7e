package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.Connection;
import dev.gantry.model.Geometry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The editor in real Chromium: what a user does with the mouse and keyboard, checked against the services. */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=editor_browser")
class EditorBrowserIT extends SignedInPageTest {

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    @Autowired
    SharedDiagrams diagrams;

    @Test
    void aSubnetAddedIntoAVpcDownFrameShowsTheFramesImplicitVpcIdConnectionWithItsExplanation() {
        page.navigate(url(ChangeSetId.HEAD));
        addAs("down frame");
        search("VPC");
        page.locator("[data-testid='asset-AWS::EC2::VPC']").click();
        Locator vpc = page.locator("[data-testid='node-vpc-1']");
        assertThat(vpc).isVisible();
        assertThat(page.locator("[data-testid='change-set-status']")).hasText("open");

        vpc.locator(".gantry-frame-header").click();
        assertThat(page.locator(".gantry-palette-target")).hasText("Adds into frame vpc-1");
        addAs("component");
        search("Subnet");
        page.locator("[data-testid='asset-AWS::EC2::Subnet']").click();

        assertThat(page.locator("[data-testid='node-subnet-1']")).isVisible();
        ChangeSetId cs = ChangeSetId.parse(page.url().replaceAll(".*changeSet=", ""));
        var listed = components.list(cs);
        var frame = listed.stream()
                .filter(c -> c.name().equals("vpc-1"))
                .findFirst()
                .orElseThrow();
        assertThat(listed)
                .filteredOn(c -> c.name().equals("subnet-1"))
                .singleElement()
                .satisfies(subnet -> assertThat(subnet.parent()).isEqualTo(frame.id()));
        Locator implicit = page.locator(".react-flow__edge.gantry-edge-implicit");
        assertThat(implicit).hasCount(1);
        implicit.first().dispatchEvent("click");
        assertThat(page.locator("[data-testid='edge-explanation']")).containsText("from down frame `vpc-1`");
        screenshot("editor-frame");

        // Frame connections show for the selection; with nothing selected they show on demand.
        page.locator(".react-flow__pane").click(new Locator.ClickOptions().setPosition(5, 5));
        assertThat(implicit).hasCount(0);
        page.locator("[data-testid='toggle-frame-connections']").click();
        assertThat(implicit).hasCount(1);
    }

    @Test
    void aConnectionDraggedBetweenTwoSocketsIsSavedAndShownAfterReload() {
        ChangeSetId cs = subnetAndLoadBalancer("Drag a connection");
        page.navigate(url(cs));

        drag(socket("subnet-a", "output", "Subnet Id"), socket("alb", "input", "Subnets"));

        assertThat(page.locator(".react-flow__edge.gantry-edge")).hasCount(1);
        assertThat(connections.list(cs).connections())
                .filteredOn(c -> c.kind() == Connection.Kind.EXPLICIT)
                .extracting(Connection::output, Connection::input)
                .containsExactly(tuple("Subnet Id", "Subnets"));
        page.reload();
        assertThat(page.locator(".react-flow__edge.gantry-edge")).hasCount(1);
    }

    @Test
    void anIllegalConnectionIsRefusedWithTheServersMessageAndChangesNothing() {
        ChangeSetId cs = subnetAndLoadBalancer("Refuse a connection");
        page.navigate(url(cs));

        drag(socket("subnet-a", "output", "Subnet Id"), socket("alb", "input", "Security Groups"));

        assertThat(page.locator("vaadin-notification-card.gantry-refusal")).containsText("does not fit");
        assertThat(page.locator(".react-flow__edge.gantry-edge")).hasCount(0);
        assertThat(connections.list(cs).connections()).noneMatch(c -> c.kind() == Connection.Kind.EXPLICIT);
    }

    @Test
    void anInvalidPropertyValueIsRefusedWithTheServersMessageOnTheFieldKeepingWhatWasTyped() {
        ChangeSetId cs = changeSets.create("Invalid value").id();
        components.create(
                cs,
                new NewComponent(
                        "tg",
                        "AWS::ElasticLoadBalancingV2::TargetGroup",
                        null,
                        null,
                        new Geometry(40, 40, 250, 200),
                        null));
        page.navigate(url(cs));
        page.locator("[data-testid='node-tg'] .gantry-node-header").click();

        Locator port = page.locator("[data-testid='property-Port'] vaadin-text-field");
        port.locator("input").fill("70000");
        port.locator("input").press("Enter");

        assertThat(port).hasAttribute("invalid", "");
        assertThat(port).containsText("Invalid value 70000 for property 'Port'");
        assertThat(port.locator("input")).hasValue("70000");
    }

    @Test
    void aWorkspaceWithASingleMemberAppliesWithOneButtonInsteadOfRequestingApproval() {
        ChangeSetId cs = changeSets.create("Just me").id();
        components.create(cs, new NewComponent("vpc", "AWS::EC2::VPC", "down frame", null, null, null));
        page.navigate(url(cs));
        assertThat(page.locator("[data-testid='change-set-status']")).hasText("open");

        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Apply Change Set")))
                .isVisible();
        assertThat(page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Request approval")))
                .hasCount(0);
        assertThat(page.locator("[data-testid='signed-in-user']")).hasText("owner · Owner");
    }

    @Test
    void aConflictWithHeadIsShownInTheReviewAndKeepingMineResolvesIt() {
        ChangeSetId first = changeSets.create("Security group").id();
        var group = components.create(
                first,
                new NewComponent(
                        "web-sg",
                        "AWS::EC2::SecurityGroup",
                        null,
                        null,
                        null,
                        tools.jackson.databind.json.JsonMapper.shared()
                                .createObjectNode()
                                .put("GroupDescription", "web")));
        mergeIntoHead(first); // what apply merges; no cloud is needed to make HEAD move
        ChangeSetId mine = changeSets.create("Mine").id();
        components.updateProperties(mine, group.id(), description("web, mine"));
        ChangeSetId theirs = changeSets.create("Theirs").id();
        components.updateProperties(theirs, group.id(), description("web, theirs"));
        mergeIntoHead(theirs);

        page.navigate(url(mine));
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Review"))
                .click();
        Locator conflict = page.locator("[data-testid='conflict-web-sg-domain.GroupDescription']");
        assertThat(conflict).containsText("HEAD: web, theirs · yours: web, mine");
        conflict.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Keep mine"))
                .click();

        assertThat(conflict).hasCount(0);
        assertThat(changeSets.diff(mine).conflicts()).isEmpty();
        assertThat(components
                        .get(mine, group.id())
                        .values()
                        .get("GroupDescription")
                        .asString())
                .isEqualTo("web, mine");
    }

    @Test
    void aRenameMadeElsewhereShowsInAnOpenTabWhileTheOtherCardsStayAsTheyWere() {
        ChangeSetId cs = subnetAndLoadBalancer("Watched");
        page.navigate(url(cs));
        Locator alb = page.locator("[data-testid='node-alb']");
        assertThat(alb).isVisible();
        alb.evaluate("el => { el.dataset.mark = 'drawn before'; }");
        var subnet = components.list(cs).stream()
                .filter(c -> c.name().equals("subnet-a"))
                .findFirst()
                .orElseThrow();

        components.rename(cs, subnet.id(), "subnet-renamed"); // as another user or the API would

        assertThat(page.locator("[data-testid='node-subnet-renamed']")).isVisible();
        assertThat(page.locator("[data-testid='node-subnet-a']")).hasCount(0);
        // The other card was left alone: the same element as before, not a redrawn one.
        assertThat(alb).hasAttribute("data-mark", "drawn before");
    }

    private void mergeIntoHead(ChangeSetId changeSet) {
        changeSets.requestApproval(changeSet);
        changeSets.approve(changeSet);
        changeSets.applyMerge(changeSet);
    }

    private static tools.jackson.databind.node.ObjectNode description(String text) {
        return tools.jackson.databind.json.JsonMapper.shared()
                .createObjectNode()
                .put("GroupDescription", text);
    }

    private ChangeSetId subnetAndLoadBalancer(String name) {
        ChangeSetId cs = changeSets.create(name).id();
        components.create(
                cs, new NewComponent("subnet-a", "AWS::EC2::Subnet", null, null, new Geometry(40, 40, 250, 200), null));
        components.create(
                cs,
                new NewComponent(
                        "alb",
                        "AWS::ElasticLoadBalancingV2::LoadBalancer",
                        null,
                        null,
                        new Geometry(520, 40, 250, 200),
                        null));
        return cs;
    }

    @Test
    void askingForTheEditorsPageDrawsItsChangeSetWhileTheBrowserStillLoadsItsScripts() {
        ChangeSetId cs = changeSets.create("Drawn ahead").id();
        components.create(cs, new NewComponent("vpc", "AWS::EC2::VPC", "down frame", null, null, null));
        assertThat(diagrams.holds(cs)).isFalse();

        // The page's scripts never arrive, so no view is ever built: the page's own request drew the change set.
        page.route("**/VAADIN/**", Route::abort);
        page.navigate(url(cs));

        long deadline = System.currentTimeMillis() + 10_000;
        while (!diagrams.holds(cs) && System.currentTimeMillis() < deadline) {
            page.waitForTimeout(50);
        }
        assertThat(diagrams.holds(cs)).isTrue();
    }

    @Test
    void anotherUsersEditReachesTheTabWithoutWritingToTheBrowsersConsole() {
        ChangeSetId cs = changeSets.create("Quiet push").id();
        ComponentView vpc =
                components.create(cs, new NewComponent("vpc", "AWS::EC2::VPC", "down frame", null, null, null));
        page.navigate(url(cs));
        assertThat(page.locator("[data-testid='node-vpc']")).isVisible();
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));

        components.rename(cs, vpc.id(), "vpc-renamed");

        assertThat(page.locator("[data-testid='node-vpc-renamed']")).isVisible();
        assertThat(console).noneMatch(line -> line.contains("Atmosphere"));
    }

    private String url(ChangeSetId cs) {
        return "http://localhost:" + port + "/" + (cs.isHead() ? "" : "?changeSet=" + cs);
    }

    private void search(String text) {
        page.locator(".gantry-palette vaadin-text-field input").fill(text);
        // The suggestions shown before any search carry a caption; search results do not.
        assertThat(page.locator(".gantry-palette-caption")).hasCount(0);
    }

    private void addAs(String type) {
        page.locator("vaadin-select.gantry-add-as").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(type))
                .click();
    }

    private Locator socket(String node, String side, String name) {
        return page.locator("[data-testid='socket-" + node + "-" + side + "-" + name + "']");
    }

    /** Drags with real mouse events, as a user does: press on one handle, move, release on the other. */
    private void drag(Locator from, Locator to) {
        BoundingBox a = from.boundingBox();
        BoundingBox b = to.boundingBox();
        page.mouse().move(a.x + a.width / 2, a.y + a.height / 2);
        page.mouse().down();
        page.mouse().move(b.x + b.width / 2, b.y + b.height / 2, new Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }
}
