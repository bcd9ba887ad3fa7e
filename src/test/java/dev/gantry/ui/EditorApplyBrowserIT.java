package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.ComponentId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Apply from the editor, as a user does it: the Apply button, the run's progress, the resource data after. */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=editor_apply")
@ExtendWith(MotoServer.class)
class EditorApplyBrowserIT {

    private static final LocatorAssertions.HasTextOptions PATIENTLY =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    @LocalServerPort
    int port;

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
    }

    @Test
    void applyingAnApprovedChangeSetShowsItsProgressAndThenTheResourceTheCloudMade() {
        ChangeSetId cs = changeSets.create("UI apply").id();
        ComponentId credential = add(
                cs,
                "moto",
                "AWS Credential",
                null,
                "{\"AccessKeyId\":\"AKIAMOTO\",\"SecretAccessKey\":\"moto-secret\"}");
        ComponentId region = add(cs, "us-east-1", "Region", credential, "{\"Region\":\"us-east-1\"}");
        add(cs, "ui-vpc", "AWS::EC2::VPC", region, "{\"CidrBlock\":\"10.48.0.0/16\"}");
        changeSets.requestApproval(cs);
        changeSets.approve(cs);

        try (Browser browser = Browser.launch();
                BrowserContext context = browser.newContext(port)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/?changeSet=" + cs);
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Apply"))
                    .click();

            assertThat(page.locator("[data-testid='run-status']")).hasText("succeeded", PATIENTLY);
            assertThat(page.locator("[data-testid='action-ui-vpc']").first()).containsText("succeeded");
            assertThat(page.locator("[data-testid='change-set-status']")).hasText("applied model");

            page.locator("[data-testid='node-ui-vpc'] .gantry-frame-header").click();
            page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Resource"))
                    .click();
            assertThat(page.locator("[data-testid='resource-VpcId']")).containsText("vpc-");
            assertThat(page.locator("[data-testid='resource-CidrBlock']")).containsText("10.48.0.0/16");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/editor-applied.png")));
        }
    }

    private ComponentId add(ChangeSetId cs, String name, String asset, ComponentId parent, String properties) {
        ObjectNode values = (ObjectNode) JsonMapper.shared().readTree(properties);
        return components
                .create(cs, new NewComponent(name, asset, "down frame", parent, null, values))
                .id();
    }
}
