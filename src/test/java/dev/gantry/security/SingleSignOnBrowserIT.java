package dev.gantry.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.gantry.TestDatabase;
import dev.gantry.api.ApiClient;
import dev.gantry.ui.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on as the README configures it, against a real OpenID Connect provider (Spring Authorization Server,
 * see {@link AuthorizationServer}): Chromium opens Gantry, follows "Sign in with …" to the provider's login page,
 * signs in there and comes back signed in, with the role the {@code groups} claim maps to. Gantry runs in a context
 * of its own (its own database, a fixed port the provider's client registration names), closed after this class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=single_sign_on")
@DirtiesContext
class SingleSignOnBrowserIT {

    private static final String PASSWORD = "provider-password";
    private static final int PORT = freePort();
    private static final String GANTRY = "http://localhost:" + PORT;
    private static final AuthorizationServer PROVIDER = AuthorizationServer.start(
            new AuthorizationServer.Client("gantry", "gantry-client-secret", GANTRY + "/login/oauth2/code/corporate"),
            List.of(
                    new AuthorizationServer.Account(
                            "ada", PASSWORD, List.of("staff", "developers", "gantry-approvers")),
                    new AuthorizationServer.Account("cy", PASSWORD, List.of("developers")),
                    new AuthorizationServer.Account("zed", PASSWORD, List.of("contractors")),
                    // the provider knows someone by the name of Gantry's local owner account
                    new AuthorizationServer.Account(TestDatabase.OWNER, PASSWORD, List.of("gantry-owners"))));

    /** The first page after sign-in builds the editor; on a loaded machine that takes a while. */
    private static final LocatorAssertions.HasTextOptions HAS_TEXT_PATIENTLY =
            new LocatorAssertions.HasTextOptions().setTimeout(60_000);

    private static final LocatorAssertions.ContainsTextOptions CONTAINS_PATIENTLY =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        String client = "spring.security.oauth2.client.registration.corporate.";
        String provider = "spring.security.oauth2.client.provider.corporate.";
        registry.add("server.port", () -> PORT);
        registry.add(client + "client-id", () -> "gantry");
        registry.add(client + "client-secret", () -> "gantry-client-secret");
        registry.add(client + "client-name", () -> "Corporate SSO");
        registry.add(client + "scope", () -> "openid,profile");
        registry.add(provider + "issuer-uri", PROVIDER::issuer);
        registry.add(provider + "user-name-attribute", () -> "preferred_username");
        registry.add("gantry.security.group-roles[gantry-owners]", () -> "owner");
        registry.add("gantry.security.group-roles[gantry-approvers]", () -> "approver");
        registry.add("gantry.security.group-roles[developers]", () -> "collaborator");
    }

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        browser.close();
        PROVIDER.close();
    }

    @BeforeEach
    void newBrowserContext() {
        context = browser.newContext();
        context.setDefaultTimeout(60_000); // Vaadin's first pages on a busy machine
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    @Test
    void aUserSignsInThroughTheProviderWithTheStrongestRoleTheirGroupsMapTo() {
        signInThroughProvider("ada");

        assertThat(page.locator("[data-testid='signed-in-user']")).hasText("ada · Approver", HAS_TEXT_PATIENTLY);
        JsonNode ada = member("ada").orElseThrow();
        assertThat(ada.get("role").asString()).isEqualTo("APPROVER");
        assertThat(ada.get("source").asString()).isEqualTo("oidc");
        // the browser's session is ada's, with ada's role: the API answers it, the owner's Members page is not offered
        assertThat(fetchStatus("/api/change-sets")).isEqualTo(200);
        assertThat(fetchStatus("/api/members")).isEqualTo(200);
        assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Members")))
                .hasCount(0);

        signOut();
        page.navigate(GANTRY + "/");
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("vaadin-login-form"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    @Test
    void theProviderDecidesTheRoleAgainAtEachSignIn() {
        signInThroughProvider("cy");
        assertThat(page.locator("[data-testid='signed-in-user']")).hasText("cy · Collaborator", HAS_TEXT_PATIENTLY);

        // an owner demotes cy in Gantry: it counts at once, in the open session too (the UI reads the session's
        // copy of who is signed in); the provider still says developer, so the next sign-in restores it
        new ApiClient(PORT).ok("PUT", "/api/members/cy/role", "{\"role\":\"viewer\"}");
        page.reload();
        assertThat(page.locator("[data-testid='signed-in-user']")).hasText("cy · Viewer", HAS_TEXT_PATIENTLY);
        signOut();
        page.getByText("Sign in with Corporate SSO").click(); // the provider's session is still open: no password
        page.waitForURL(url -> url.startsWith(GANTRY) && !url.contains("/login"));
        assertThat(page.locator("[data-testid='signed-in-user']")).hasText("cy · Collaborator", HAS_TEXT_PATIENTLY);
    }

    @Test
    void aUserInNoMappedGroupIsRefusedAndToldWhy() {
        signInAtProvider("zed");

        page.waitForURL(url -> url.startsWith(GANTRY + "/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("Single sign-on refused", CONTAINS_PATIENTLY);
        assertThat(page.locator("vaadin-login-form")).containsText("No Gantry role for zed");
        assertThat(member("zed")).isEmpty();
        page.navigate(GANTRY + "/");
        page.waitForURL(url -> url.contains("/login"));
    }

    @Test
    void theProviderCannotSignInAsALocalAccountOfTheSameName() {
        signInAtProvider(TestDatabase.OWNER);

        page.waitForURL(url -> url.startsWith(GANTRY + "/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("is a local account", CONTAINS_PATIENTLY);
        JsonNode owner = member(TestDatabase.OWNER).orElseThrow();
        assertThat(owner.get("source").asString()).isNotEqualTo("oidc");
        page.navigate(GANTRY + "/");
        page.waitForURL(url -> url.contains("/login"));
    }

    /** Gantry's sign-in page → "Sign in with Corporate SSO" → the provider's login page → back in Gantry. */
    private void signInThroughProvider(String username) {
        signInAtProvider(username);
        page.waitForURL(url -> url.startsWith(GANTRY) && !url.contains("/login"));
    }

    private void signInAtProvider(String username) {
        page.navigate(GANTRY + "/");
        page.waitForURL(url -> url.contains("/login"));
        page.getByText("Sign in with Corporate SSO").click();
        page.waitForURL(url -> url.startsWith(PROVIDER.issuer() + "/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /**
     * The header's sign-out button; dispatched rather than clicked at its position, because Vaadin's
     * development-mode overlay (copilot), present in test contexts only, can lie over the header's corner.
     */
    private void signOut() {
        page.getByLabel("Sign out").dispatchEvent("click");
        page.waitForURL(url -> url.contains("/login"));
    }

    /** An API call from the signed-in page, on its session cookie, as Gantry's own pages make them. */
    private int fetchStatus(String path) {
        return ((Number) page.evaluate("path => fetch(path).then(r => r.status)", path)).intValue();
    }

    private static Optional<JsonNode> member(String username) {
        return new ApiClient(PORT)
                .ok("GET", "/api/members", null)
                .valueStream()
                .filter(m -> m.get("username").asString().equals(username))
                .findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
