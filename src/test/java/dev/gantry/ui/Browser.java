package dev.gantry.ui;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import dev.gantry.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real Chromium for UI tests. Where the machine has a Chromium of its own (/usr/bin/chromium, or
 * GANTRY_CHROMIUM) Playwright drives that one and downloads nothing; elsewhere it uses the browser it
 * installs itself.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    public static Browser launch() {
        Path local = localChromium();
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        BrowserType.LaunchOptions launch =
                new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
        if (local != null) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            launch.setExecutablePath(local);
        }
        Playwright playwright = Playwright.create(create);
        return new Browser(playwright, playwright.chromium().launch(launch));
    }

    private static Path localChromium() {
        String configured = System.getenv("GANTRY_CHROMIUM");
        Path candidate = Path.of(configured != null ? configured : "/usr/bin/chromium");
        return Files.isExecutable(candidate) ? candidate : null;
    }

    /** A browser context nobody has signed in to. */
    public BrowserContext newContext() {
        return chromium.newContext(new NewContextOptions().setViewportSize(1400, 900));
    }

    /** A browser context signed in to Gantry at {@code port} as the test contexts' owner. */
    public BrowserContext newContext(int port) {
        return newContext(port, TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD);
    }

    /** A browser context signed in to Gantry at {@code port} as {@code username}, through the sign-in page. */
    public BrowserContext newContext(int port, String username, String password) {
        BrowserContext context = newContext();
        Page page = context.newPage();
        signIn(page, "http://localhost:" + port, username, password);
        page.close();
        return context;
    }

    /** Signs in through the sign-in page as a user would, and waits for the editor. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Starts Chromium's performance trace of {@code page} (what DevTools' Performance panel records). */
    public void startTracing(Page page) {
        chromium.startTracing(page);
    }

    /** The trace since {@link #startTracing}, as Chromium's trace-event JSON. */
    public byte[] stopTracing() {
        return chromium.stopTracing();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
