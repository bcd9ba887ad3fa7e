package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.aws.MotoServer;
import dev.gantry.image.AppliedRepositories;
import dev.gantry.image.DockerEngine;
import dev.gantry.image.ImageTars;
import dev.gantry.image.RegistryLogin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** "Push image" as a user does it: select the repository, open the dialog, pick the image, push, read "Pushed". */
@GantryIntegrationTest
@ExtendWith(MotoServer.class)
class PushImageBrowserIT {

    @org.springframework.beans.factory.annotation.Autowired
    dev.gantry.changeset.ResourceService resources;

    @RegisterExtension
    static final DockerEngine DOCKER = new DockerEngine();

    private static final String IMAGE = "gantry-test/browser:2.0";
    private static RegistryLogin ecrLogin;
    private static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
        registry.add("gantry.docker.host", DOCKER::host);
    }

    @BeforeAll
    static void engineRegistryAndBrowser() throws Exception {
        ecrLogin = DOCKER.registryAcceptingMotosEcrToken();
        DOCKER.load(ImageTars.image(IMAGE, "Hello from the browser test\n"));
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theRepositorysPushImageDialogPushesTheChosenImageAndSaysPushed() throws Exception {
        new AppliedRepositories(new ApiClient(port), resources, DOCKER.registryHost())
                .applied("browser-app-repo", null);
        try (BrowserContext context = browser.newContext(port)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.locator("[data-testid='node-browser-app-repo'] .gantry-node-header")
                    .click();
            page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Resource"))
                    .click();
            page.locator("[data-testid='push-image']").click();

            page.locator("[data-testid='push-image-choice'] input").fill(IMAGE);
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(IMAGE))
                    .click();
            page.locator("[data-testid='push-image-tag'] input").fill("from-browser");
            assertThat(page.getByText("Pushes to " + DOCKER.registryHost() + "/browser-app-repo:from-browser"))
                    .isVisible();
            page.locator("[data-testid='push-image-start']").click();

            assertThat(page.locator("[data-testid='push-outcome']"))
                    .containsText(
                            "Pushed " + DOCKER.registryHost() + "/browser-app-repo:from-browser",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("[data-testid='push-lines']")).containsText("Pushed");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/push-image.png")));
        }
        assertThat(DOCKER.registryGet("/v2/browser-app-repo/tags/list", ecrLogin.username(), ecrLogin.password())
                        .body())
                .contains("from-browser");
    }
}
