package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.Geometry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of property edited with the mouse and keyboard: lists, lists of allowed values, objects, Escape. */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=editor_browser")
class PropertyEditorBrowserIT extends SignedInPageTest {

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Test
    void aListOfAllowedValuesIsPickedFromAMultiSelectAndShowsAgainAfterAReload() {
        ComponentView task = component("Compatibilities", "task", "AWS::ECS::TaskDefinition");
        open(task);

        Locator field = page.locator("[data-testid='property-RequiresCompatibilities'] vaadin-multi-select-combo-box");
        field.locator("input").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("FARGATE"))
                .click();
        field.locator("input").press("Escape");

        awaitValue(task, "RequiresCompatibilities", "[\"FARGATE\"]");
        page.reload();
        select(task);
        assertThat(field.locator("vaadin-multi-select-combo-box-chip:not([slot='overflow'])"))
                .hasText("FARGATE");
        // the panel keeps working after showing a list value: the name still renames
        page.locator("[data-testid='component-name'] input").fill("web-task");
        page.locator("[data-testid='component-name'] input").press("Enter");
        assertThat(page.locator("[data-testid='node-web-task']")).isVisible();
    }

    @Test
    void tagsAreAddedAsKeyValueRowsAndRemovedAgain() {
        ComponentView task = component("Tags", "tagged", "AWS::ECS::TaskDefinition");
        open(task);

        Locator tags = page.locator("[data-testid='property-Tags']");
        tags.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Add item"))
                .click();
        tags.locator("[data-testid='field-Key'] input").fill("env");
        tags.locator("[data-testid='field-Value'] input").fill("demo");
        tags.locator("[data-testid='field-Value'] input").press("Enter");

        awaitValue(task, "Tags", "[{\"Key\":\"env\",\"Value\":\"demo\"}]");
        GuideScreenshots.take(page, "property-editor");
        tags.locator("vaadin-button[aria-label='Remove item']").click();
        page.waitForCondition(ServerPolls.of(
                () -> { // read once: the removal may land between two reads
                    JsonNode tagsNow = value(task, "Tags");
                    return tagsNow == null || tagsNow.isNull();
                }));
    }

    @Test
    void anObjectIsAGroupOfItsFields() {
        ComponentView group = component("Objects", "tg", "AWS::ElasticLoadBalancingV2::TargetGroup");
        open(group);

        Locator matcher = page.locator("[data-testid='property-Matcher']");
        matcher.locator("[data-testid='field-HttpCode'] input").fill("200");
        matcher.locator("[data-testid='field-HttpCode'] input").press("Enter");

        awaitValue(group, "Matcher", "{\"HttpCode\":\"200\"}");
    }

    @Test
    void escapeAfterPickingAChoiceKeepsItAndReturnsToTheWorkspace() {
        ComponentView group = component("Escape", "tg-escape", "AWS::ElasticLoadBalancingV2::TargetGroup");
        open(group);

        Locator protocol = page.locator("[data-testid='property-Protocol'] vaadin-combo-box");
        protocol.locator("input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("HTTPS"))
                .first()
                .click();
        protocol.locator("input").press("Escape");

        assertThat(page.locator(".gantry-property-panel .gantry-empty-state")).isVisible();
        awaitValue(group, "Protocol", "\"HTTPS\"");

        select(group);
        Locator port = page.locator("[data-testid='property-Port'] vaadin-text-field input");
        port.fill("8080");
        port.press("Escape");
        assertThat(page.locator(".gantry-property-panel .gantry-empty-state")).isVisible();
        page.waitForCondition(ServerPolls.of(
                () -> value(group, "Port") != null && value(group, "Port").asInt() == 8080));
    }

    @Test
    void notJsonIsExplainedWithItsLineAndColumnAndKeptInTheField() {
        ComponentView group = component("Json", "tg-json", "AWS::ElasticLoadBalancingV2::TargetGroup");
        open(group);

        Locator menu = page.locator("[data-testid='property-menu-Matcher']");
        menu.click();
        page.locator("vaadin-context-menu-item", new Page.LocatorOptions().setHasText("Edit as JSON"))
                .click();
        Locator area = page.locator("[data-testid='property-Matcher'] vaadin-text-area");
        area.locator("textarea").fill("{\"HttpCode\": 200,,}");
        area.locator("textarea").blur();

        assertThat(area).containsText("Not valid JSON at line 1");
        assertThat(area.locator("textarea")).hasValue("{\"HttpCode\": 200,,}");
        assertThat(value(group, "Matcher")).isNull();
    }

    @Test
    void theChecksTabListsWhatIsMissingAndTheCodeTabShowsWhatApplyWouldSend() {
        ComponentView subnet = component("Checks and code", "subnet-checks", "AWS::EC2::Subnet");
        int findings =
                components.qualifications(subnet.changeSetId(), subnet.id()).size();
        assertThat(findings).isPositive(); // a subnet needs its VPC
        open(subnet);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Checks (" + findings + ")"))
                .click();
        assertThat(page.locator(".gantry-qualification")).hasCount(findings);
        assertThat(page.locator(".gantry-qualifications")).containsText("VpcId");

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Code")).click();
        assertThat(page.locator("[data-testid='code-view']")).containsText("AWS::EC2::Subnet");

        // an edit made elsewhere shows in the open code tab
        components.updateProperties(
                subnet.changeSetId(), subnet.id(), (ObjectNode) json("{\"CidrBlock\": \"10.0.7.0/24\"}"));
        assertThat(page.locator("[data-testid='code-view']"))
                .containsText("10.0.7.0/24", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
    }

    @Test
    void clickingFromOneSubnetToAnotherKeepsTheFieldsAndEditsTheOneShown() {
        ChangeSetId cs = changeSets.create("Two subnets").id();
        ComponentView first = subnet(cs, "subnet-first", 40, "10.0.1.0/24");
        ComponentView second = subnet(cs, "subnet-second", 340, "10.0.2.0/24");
        open(first);
        Locator cidr = page.locator("[data-testid='property-CidrBlock'] vaadin-text-field");
        assertThat(cidr.locator("input")).hasValue("10.0.1.0/24");
        cidr.evaluate("field => field.dataset.madeFor = 'subnet-first'");

        select(second);
        assertThat(cidr.locator("input")).hasValue("10.0.2.0/24");
        assertThat(cidr).hasAttribute("data-made-for", "subnet-first"); // the same field: only its value changed
        cidr.locator("input").fill("10.0.9.0/24");
        cidr.locator("input").press("Enter");

        awaitValue(second, "CidrBlock", "\"10.0.9.0/24\"");
        assertThat(value(first, "CidrBlock")).isEqualTo(json("\"10.0.1.0/24\""));

        // Typed and left by clicking the other card: the value is the one shown when it was typed
        cidr.locator("input").fill("10.0.8.0/24");
        select(first);
        awaitValue(second, "CidrBlock", "\"10.0.8.0/24\"");
        assertThat(cidr.locator("input")).hasValue("10.0.1.0/24");
        assertThat(value(first, "CidrBlock")).isEqualTo(json("\"10.0.1.0/24\""));
    }

    private ComponentView subnet(ChangeSetId cs, String name, int x, String cidr) {
        return components.create(
                cs, new NewComponent(name, "AWS::EC2::Subnet", null, null, new Geometry(x, 40, 250, 200), (ObjectNode)
                        json("{\"CidrBlock\": \"" + cidr + "\"}")));
    }

    private ComponentView component(String changeSet, String name, String asset) {
        ChangeSetId cs = changeSets.create(changeSet).id();
        return components.create(cs, new NewComponent(name, asset, null, null, new Geometry(40, 40, 250, 200), null));
    }

    private void open(ComponentView view) {
        page.navigate(url(view.changeSetId()));
        select(view);
    }

    private void select(ComponentView view) {
        page.locator("[data-testid='node-" + view.name() + "'] .gantry-node-header")
                .click();
        assertThat(page.locator(".gantry-panel-asset"))
                .hasText(view.assetName(), new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    }

    /** The edit travels to the server after the key press: wait for it, then compare exactly. */
    private void awaitValue(ComponentView view, String property, String expected) {
        try {
            page.waitForCondition(
                    ServerPolls.of(() -> json(expected).equals(value(view, property))),
                    new Page.WaitForConditionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError late) {
            // fall through to the comparison, which says what was there instead
        }
        assertThat(value(view, property)).isEqualTo(json(expected));
    }

    private JsonNode value(ComponentView view, String property) {
        return components.get(view.changeSetId(), view.id()).manual().get(property);
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private String url(ChangeSetId cs) {
        return "http://localhost:" + port + "/?changeSet=" + cs;
    }
}
