package dev.gantry.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For browser tests against the test's own Gantry: one Chromium per test class (starting one costs seconds) and a
 * fresh context, signed in as the bootstrap owner, with one page for each test, so no test sees another's tabs,
 * cookies or dialogs.
 */
abstract class SignedInPageTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        browser = Browser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(port);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }
}
