package dev.gantry.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.ui.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The first visit to a new Gantry creates the owner account; then sign-in, the editor, and sign-out. */
@GantryIntegrationTest
@TestPropertySource(properties = {TestDatabase.OWN_DATABASE + "=first_run", TestDatabase.FIRST_RUN + "=true"})
class FirstRunBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void theFirstVisitorCreatesTheOwnerThenSignsInAndOut() {
        String base = "http://localhost:" + port;
        try (Browser browser = Browser.launch();
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/");
            assertThat(page.locator("h1")).hasText("Create the owner account");
            page.locator("vaadin-text-field input").fill("founder");
            page.locator("vaadin-password-field input").first().fill("a-long-first-password");
            page.locator("vaadin-password-field input").last().fill("a-long-first-password");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Create owner account"))
                    .click();
            page.waitForURL(url -> url.contains("/login"));

            page.locator("input[name=password]").fill("a-wrong-password");
            page.locator("input[name=username]").fill("founder");
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Log in"))
                    .click();
            page.waitForURL(url -> url.contains("error"));
            assertThat(page.locator("vaadin-login-form")).containsText("Incorrect");

            Browser.signIn(page, base, "founder", "a-long-first-password");
            assertThat(page.locator("[data-testid='signed-in-user']")).hasText("founder · Owner");

            page.getByLabel("Sign out").click();
            page.waitForURL(url -> url.contains("/login"));
            page.navigate(base + "/setup");
            page.waitForURL(url -> url.contains("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
        }
    }
}
