package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.SketchConnection;
import dev.gantry.model.SketchService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GantryIntegrationTest
class CanvasBrowserIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    SketchService sketches;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aConnectionDraggedBetweenTwoSocketsIsSavedAndShownAfterReload() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            Locator edges = page.locator(".react-flow__edge");
            assertThat(edges).hasCount(1); // the frame's implicit Vpc Id connection

            drag(page, socket(page, "public-subnet-1", "output", "Subnet Id"), socket(page, "alb", "input", "Subnets"));

            assertThat(edges).hasCount(2);
            assertThat(sketches.connections()).extracting(SketchConnection::sourceNode, SketchConnection::sourceSocket,
                            SketchConnection::targetNode, SketchConnection::targetSocket)
                    .contains(org.assertj.core.groups.Tuple.tuple("public-subnet-1", "Subnet Id", "alb", "Subnets"));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/canvas.png")));

            page.reload();
            assertThat(page.locator(".react-flow__edge")).hasCount(2);
        }
    }

    private static Locator socket(Page page, String node, String side, String name) {
        return page.locator("[data-testid='socket-" + node + "-" + side + "-" + name + "']");
    }

    /** Drags with real mouse events, as a user does: press on one handle, move, release on the other. */
    private static void drag(Page page, Locator from, Locator to) {
        BoundingBox a = from.boundingBox();
        BoundingBox b = to.boundingBox();
        page.mouse().move(a.x + a.width / 2, a.y + a.height / 2);
        page.mouse().down();
        page.mouse().move(b.x + b.width / 2, b.y + b.height / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
    }
}
