package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The start of the ECR/ECS how-to (docs/guide/README.md, "Walking the ECR/ECS how-to"), done as a user does it:
 * through the browser only, mouse and keyboard, from an empty workspace. It writes the guide's screenshots, so the
 * guide shows the product as it is. Applying is covered by EditorApplyBrowserIT; this walk stops before it.
 */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=howto_browser")
class HowToGuideBrowserIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    private Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theStartOfTheEcrEcsHowToThroughTheUiOnly() {
        BrowserContext context = browser.newContext(port);
        page = context.newPage();
        page.setViewportSize(1920, 1080); // a desktop screen: the whole VPC readable at once
        page.navigate("http://localhost:" + port + "/");
        page.locator("[data-testid='canvas']").waitFor();

        // Setup: a change set named as the guide says
        page.locator("[data-testid='new-change-set']").click();
        Locator csName = page.locator("[data-testid='change-set-name'] input");
        csName.fill("ECR Infrastructure How-to");
        csName.press("Enter");
        assertThat(page.locator("vaadin-select.gantry-change-set-selector"))
                .containsText("ECR Infrastructure How-to · open");
        page.waitForURL(url -> url.contains("changeSet="));
        ChangeSetId cs = ChangeSetId.parse(page.url().replaceAll(".*changeSet=", ""));

        // What the VPC tutorial leaves: a credential, a region and a VPC, each a down frame inside the one before
        addAs("down frame");
        add("AWS Credential", "AWS Credential", "dev-credentials");
        add("Region", "Region", "us-east-1");
        add("VPC", "AWS::EC2::VPC", "demo-vpc");
        fitView();
        GuideScreenshots.take(page, "howto-1-frames");

        // Create an ECR Repository: a down frame in the VPC frame
        add("ECR Repository", "AWS::ECR::Repository", "demo-app-ecr-repo");
        text("RepositoryName", "demo-app-ecr-repo");
        page.locator("[data-testid='property-EmptyOnDelete'] vaadin-checkbox input")
                .check();
        page.waitForCondition(
                () -> value(cs, "demo-app-ecr-repo", "EmptyOnDelete").equals("true"));
        fitView();
        GuideScreenshots.take(page, "howto-2-ecr-repository");

        // Create an ECR Repository Policy: an up frame in the repository frame
        addAs("up frame");
        add("Private Repository Policy", "AWS ECR Private Repository Policy", "demo-app-ecr-repo-policy");

        // Create an IAM Policy Statement in the policy frame: three actions, Allow, a Sid
        addAs("component");
        add("PolicyStatement", "AWS::IAM::PolicyStatement", "AllowPullForECSTasks");
        Locator action = page.locator("[data-testid='property-Action']");
        List<String> actions =
                List.of("ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability");
        for (int i = 0; i < actions.size(); i++) {
            action.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add item"))
                    .click();
            Locator item = action.locator("[data-testid='list-item'] input").nth(i);
            item.fill(actions.get(i));
            item.press("Enter");
            int count = i + 1;
            page.waitForCondition(
                    () -> value(cs, "AllowPullForECSTasks", "Action").contains(actions.get(count - 1)));
        }
        Locator effect = page.locator("[data-testid='property-Effect'] vaadin-combo-box");
        effect.locator("input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Allow"))
                .click();
        page.waitForCondition(() -> value(cs, "AllowPullForECSTasks", "Effect").equals("\"Allow\""));
        text("Sid", "AllowPullForECSTasks");
        fitView();
        GuideScreenshots.take(page, "howto-3-policy-statement");

        // The ECS part starts the same way: a load balancer frame and its security group in the VPC, wired by a drag
        fitView();
        page.locator("[data-testid='node-demo-vpc'] .gantry-frame-header").click();
        addAs("down frame");
        add("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer", "application-alb");
        fitView();
        page.locator("[data-testid='node-demo-vpc'] .gantry-frame-header").click();
        addAs("component");
        add("SecurityGroup", "AWS::EC2::SecurityGroup", "alb-sg");
        text("GroupName", "alb-sg");
        fitView();
        drag(socket("alb-sg", "output", "Group Id"), socket("application-alb", "input", "Security Groups"));
        page.waitForCondition(
                () -> connections.list(cs).connections().stream().anyMatch(c -> c.kind() == Connection.Kind.EXPLICIT));
        assertThat(page.locator(".react-flow__edge.gantry-edge")).hasCount(1);
        GuideScreenshots.take(page, "howto-4-connection");

        // What the server holds is what the guide asks for
        Map<String, ComponentView> byName =
                components.list(cs).stream().collect(Collectors.toMap(ComponentView::name, Function.identity()));
        assertThat(parentName(byName, "us-east-1")).isEqualTo("dev-credentials");
        assertThat(parentName(byName, "demo-vpc")).isEqualTo("us-east-1");
        assertThat(parentName(byName, "demo-app-ecr-repo")).isEqualTo("demo-vpc");
        assertThat(byName.get("demo-app-ecr-repo").type()).isEqualTo(ComponentType.DOWN_FRAME);
        assertThat(parentName(byName, "demo-app-ecr-repo-policy")).isEqualTo("demo-app-ecr-repo");
        assertThat(byName.get("demo-app-ecr-repo-policy").type()).isEqualTo(ComponentType.UP_FRAME);
        assertThat(parentName(byName, "AllowPullForECSTasks")).isEqualTo("demo-app-ecr-repo-policy");
        assertThat(parentName(byName, "application-alb")).isEqualTo("demo-vpc");
        assertThat(parentName(byName, "alb-sg")).isEqualTo("demo-vpc");
        List<String> savedActions = new java.util.ArrayList<>();
        byName.get("AllowPullForECSTasks").manual().get("Action").forEach(v -> savedActions.add(v.asString()));
        assertThat(savedActions).containsExactlyElementsOf(actions);
        assertThat(byName.get("AllowPullForECSTasks").manual().get("Sid").asString())
                .isEqualTo("AllowPullForECSTasks");
        assertThat(byName.get("demo-app-ecr-repo")
                        .manual()
                        .get("RepositoryName")
                        .asString())
                .isEqualTo("demo-app-ecr-repo");
        assertThat(connections.list(cs).connections())
                .filteredOn(c -> c.kind() == Connection.Kind.EXPLICIT)
                .extracting(Connection::output, Connection::input)
                .containsExactly(tuple("Group Id", "Security Groups"));
        context.close();
    }

    /** Searches the palette, clicks the asset's card and names the new component in the property panel. */
    private void add(String search, String asset, String name) {
        String shownBefore = shownCards();
        page.locator(".gantry-palette vaadin-text-field input").fill(search);
        // a user waits for the results of what they typed before clicking one (the old list may hold the card too)
        page.waitForCondition(() -> !shownCards().equals(shownBefore));
        page.locator("[data-testid='asset-" + asset + "']").click();
        Locator field = page.locator("[data-testid='component-name'] input");
        assertThat(page.locator(".gantry-panel-asset"))
                .hasText(asset, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        field.fill(name);
        field.press("Enter");
        assertThat(page.locator("[data-testid='node-" + name + "']")).hasCount(1);
    }

    private String shownCards() {
        return (String) page.locator(".gantry-palette-results")
                .evaluate("r => Array.from(r.querySelectorAll('[data-asset]')).map(c => c.dataset.asset).join('|')");
    }

    private void addAs(String type) {
        page.locator("vaadin-select.gantry-add-as").click();
        // the open drop-down's options (the panel's Type select shows its value as an item too)
        page.locator("vaadin-select-item[role='option']:visible", new Page.LocatorOptions().setHasText(type))
                .click();
    }

    private void text(String property, String value) {
        Locator input = page.locator("[data-testid='property-" + property + "'] vaadin-text-field input");
        input.fill(value);
        input.press("Enter");
        ChangeSetId cs = ChangeSetId.parse(page.url().replaceAll(".*changeSet=", ""));
        String selected = page.locator("[data-testid='component-name'] input").inputValue();
        page.waitForCondition(() -> value(cs, selected, property).equals("\"" + value + "\""));
    }

    private String value(ChangeSetId cs, String component, String property) {
        return components.list(cs).stream()
                .filter(c -> c.name().equals(component))
                .findFirst()
                .map(c -> String.valueOf(c.manual().get(property)))
                .orElse("");
    }

    private static String parentName(Map<String, ComponentView> byName, String name) {
        ComponentView c = byName.get(name);
        return byName.values().stream()
                .filter(p -> p.id().equals(c.parent()))
                .map(ComponentView::name)
                .findFirst()
                .orElse(null);
    }

    /** The canvas's "fit view" control, as a user brings what was just added into view. */
    private void fitView() {
        page.locator(".react-flow__controls-fitview").click();
        page.waitForTimeout(300); // the view animates
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
}
