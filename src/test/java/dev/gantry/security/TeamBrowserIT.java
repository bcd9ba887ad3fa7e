package dev.gantry.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.RequestOptions;
import dev.gantry.ui.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A team in Chromium: a collaborator builds and requests approval, an approver approves in a second browser, the
 * author applies against moto; the author of a change set is offered no approval of it; a signed-in browser's
 * session cannot be used by another site.
 */
class TeamBrowserIT extends Team {

    private static final LocatorAssertions.HasTextOptions PATIENTLY =
            new LocatorAssertions.HasTextOptions().setTimeout(120_000);
    private static Browser browser;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aCollaboratorRequestsApprovalAnApproverApprovesInAnotherBrowserAndTheAuthorApplies() {
        String cs = build(member("collaborator-ada"), "ada's repo", "ada-repo");
        member("approver-ben");
        try (BrowserContext ada = browser.newContext(port, "collaborator-ada", PASSWORD);
                BrowserContext ben = browser.newContext(port, "approver-ben", PASSWORD)) {
            Page author = ada.newPage();
            author.navigate(url(cs));
            assertThat(author.locator("[data-testid='signed-in-user']")).hasText("collaborator-ada · Collaborator");
            assertThat(button(author, "Apply Change Set")).hasCount(0); // two members and more: a review first
            button(author, "Request approval").click();
            assertThat(status(author)).hasText("needs approval");
            assertThat(button(author, "Approve")).hasCount(0);

            Page reviewer = ben.newPage();
            reviewer.navigate(url(cs));
            button(reviewer, "Approve").click();
            assertThat(status(reviewer)).hasText("approved");
            assertThat(reviewer.locator("[data-testid='change-set-reviews']")).containsText("approved by approver-ben");

            author.reload();
            assertThat(status(author)).hasText("approved");
            button(author, "Apply").click();
            assertThat(author.locator("[data-testid='run-status']")).hasText("succeeded", PATIENTLY);
        }
        assertThat(owner().ok("GET", "/api/apply-runs?limit=1", null)
                        .get(0)
                        .get("createdBy")
                        .asString())
                .isEqualTo("collaborator-ada");
    }

    @Test
    void theAuthorIsOfferedNoApprovalOfTheirOwnChangeSet() {
        String cs = build(member("approver-cyd"), "cyd's repo", "cyd-repo");
        member("approver-cyd").ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        try (BrowserContext cyd = browser.newContext(port, "approver-cyd", PASSWORD)) {
            Page page = cyd.newPage();
            page.navigate(url(cs));
            assertThat(status(page)).hasText("needs approval");
            assertThat(button(page, "Reject")).isVisible();
            assertThat(button(page, "Approve")).hasCount(0);
        }
        assertThat(member("approver-cyd")
                        .call("POST", "/api/change-sets/" + cs + "/approve", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherSiteCannotUseASignedInBrowsersSession() {
        try (BrowserContext signedIn = browser.newContext(port)) {
            String api = "http://localhost:" + port + "/api/change-sets";
            APIResponse form = signedIn.request()
                    .post(
                            api,
                            RequestOptions.create()
                                    .setHeader("Origin", "http://evil.example")
                                    .setHeader("Content-Type", "application/x-www-form-urlencoded")
                                    .setData(""));
            APIResponse json = signedIn.request()
                    .post(
                            api,
                            RequestOptions.create()
                                    .setHeader("Origin", "http://evil.example")
                                    .setHeader("Content-Type", "application/json")
                                    .setData("{\"name\":\"evil\"}"));
            APIResponse noOrigin = signedIn.request()
                    .post(
                            api,
                            RequestOptions.create()
                                    .setHeader("Content-Type", "application/json")
                                    .setData("{\"name\":\"no origin\"}"));
            APIResponse own = signedIn.request()
                    .post(
                            api,
                            RequestOptions.create()
                                    .setHeader("Origin", "http://localhost:" + port)
                                    .setHeader("Content-Type", "application/json")
                                    .setData("{\"name\":\"from gantry\"}"));

            assertThat(form.status()).isEqualTo(403);
            assertThat(form.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(json.status()).isEqualTo(403);
            assertThat(noOrigin.status()).isEqualTo(403);
            assertThat(own.status()).as(own.text()).isEqualTo(201);
        }
        assertThat(owner().ok("GET", "/api/change-sets", null)
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .contains("from gantry")
                .doesNotContain("evil", "no origin");
    }

    private String url(String cs) {
        return "http://localhost:" + port + "/?changeSet=" + cs;
    }

    private static Locator status(Page page) {
        return page.locator("[data-testid='change-set-status']");
    }

    /**
     * The button labelled exactly {@code label} ("Apply" is not "Apply Change Set"). Playwright runs the pattern as a
     * JavaScript RegExp, which has no {@code \Q…\E} quoting, so the label is escaped character by character.
     */
    private static Locator button(Page page, String label) {
        String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return page.locator(
                "vaadin-button",
                new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^\\s*" + literal + "\\s*$")));
    }
}
