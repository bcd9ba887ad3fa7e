package dev.gantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.api.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** HTTP Basic and personal access tokens, each request on its own (no cookies), and what refuses them. */
class ApiAuthenticationIT extends Team {

    @Autowired
    Accounts accounts;

    @Test
    void basicAndBearerCallsWorkWithoutCookiesAndKeepNoSession() {
        ApiClient basic = member("collaborator-basil");
        ApiClient.Response listed = basic.call("GET", "/api/change-sets", null);
        assertThat(listed.status()).isEqualTo(200);

        JsonNode created = basic.ok("POST", "/api/tokens", "{\"name\":\"ci\"}");
        String token = created.get("token").asString();
        assertThat(token).startsWith("gantry_").hasSizeGreaterThan(40);
        ApiClient bearer = owner().withToken(token);
        JsonNode cs = bearer.ok("POST", "/api/change-sets", "{\"name\":\"from ci\"}");
        assertThat(cs.get("createdBy").asString()).isEqualTo("collaborator-basil");
        assertThat(basic.ok("GET", "/api/tokens", null)).anySatisfy(t -> {
            assertThat(t.get("name").asString()).isEqualTo("ci");
            assertThat(t.has("token")).isFalse();
        });

        assertThat(bearer.call("POST", "/api/tokens", "{\"name\":\"more\"}").status())
                .isEqualTo(403);
        basic.ok("DELETE", "/api/tokens/" + created.get("id").asString(), null);
        ApiClient.Response revoked = bearer.call("GET", "/api/change-sets", null);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWrongPasswordIsA401ProblemAndRepeatedFailuresLockTheAccountForAWhile() {
        member("viewer-lou");
        ApiClient wrong = owner().as("viewer-lou", "not-the-password");
        for (int i = 0; i < 5; i++) {
            ApiClient.Response refused = wrong.call("GET", "/api/change-sets", null);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("title").asString()).isEqualTo("Not signed in");
        }

        ApiClient.Response locked = owner().as("viewer-lou", PASSWORD).call("GET", "/api/change-sets", null);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body().get("detail").asString()).contains("Too many failed sign-ins");
    }

    @Test
    void changesAcceptJsonOnlyAndForeignOriginsAreRefusedWhateverTheCredentials() {
        ApiClient owner = owner();
        assertThat(owner.withHeader("Content-Type", "application/x-www-form-urlencoded")
                        .call("POST", "/api/change-sets", "name=form")
                        .status())
                .isEqualTo(415);
        assertThat(owner.withHeader("Content-Type", "text/plain")
                        .call("POST", "/api/change-sets", "{\"name\":\"text\"}")
                        .status())
                .isEqualTo(415);
        ApiClient.Response foreign = owner.withHeader("Origin", "http://evil.example")
                .call("POST", "/api/change-sets", "{\"name\":\"evil\"}");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("title").asString()).isEqualTo("Cross-origin request refused");
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(owner().anonymous().request("/login").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(response.headers().map().toString())
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'");
        ApiClient.Response api = owner().anonymous().call("GET", "/api/change-sets", null);
        assertThat(api.status()).isEqualTo(401);
    }

    /**
     * Pages are never cached, but the scripts they load are cached as Vaadin says: with Spring Security's
     * {@code Pragma: no-cache} beside it, Chromium asked again for every script on every page load.
     */
    @Test
    void pagesAreNeverCachedTheirScriptsAreCachedAsVaadinSays() throws Exception {
        var client = HttpClient.newHttpClient();
        var page = signInPage(client, false);
        String body = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow())
                .as(page.headers().map().toString())
                .contains("no-store");
        assertThat(page.headers().firstValue("Pragma")).hasValue("no-cache");
        var script = Pattern.compile("VAADIN/build/[^\"]+\\.js").matcher(body);
        assertThat(script.find()).as(body).isTrue();
        var bundle = client.send(
                owner().anonymous().request("/" + script.group()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Pragma"))
                .as(bundle.headers().map().toString())
                .isEmpty();
        assertThat(bundle.headers().firstValue("Expires")).isEmpty();
        assertThat(bundle.headers().allValues("Cache-Control")).hasSize(1).noneMatch(v -> v.contains("no-store"));
        assertThat(bundle.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /**
     * Pages and the API's JSON go gzipped to a client that accepts it (a browser always does): opening a
     * 1,000-component diagram is a 914 KB answer from Vaadin, 82 KB gzipped. A client that does not ask gets plain
     * JSON, as every script and test here does.
     */
    @Test
    void answersGoGzippedToClientsThatAcceptIt() throws Exception {
        var client = HttpClient.newHttpClient();
        var page = signInPage(client, true);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(page.body())).contains("VAADIN/build/");

        ApiClient owner = owner();
        String search = "/api/assets?q=subnet&limit=50";
        var zipped = client.send(
                owner.request(search).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        JsonNode plain = owner.ok("GET", search, null);
        assertThat(ApiClient.JSON.readTree(gunzip(zipped.body()))).isEqualTo(plain);
        assertThat(zipped.body().length).isLessThan(plain.toString().length() / 3);
    }

    /**
     * The sign-in page as Vaadin serves it once its scripts are built: while a development bundle is still being
     * built (a checkout whose frontend changed since the bundle was committed), Vaadin answers with a page of its own.
     */
    private HttpResponse<byte[]> signInPage(HttpClient client, boolean gzip) throws Exception {
        var request = owner().anonymous()
                .request("/login")
                .header("Accept-Encoding", gzip ? "gzip" : "identity")
                .build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            var page = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String body = gzip && page.headers().firstValue("Content-Encoding").isPresent()
                    ? gunzip(page.body())
                    : new String(page.body(), StandardCharsets.UTF_8);
            if (body.contains("VAADIN/build/") || System.nanoTime() > deadline) {
                return page;
            }
            Thread.sleep(500);
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachFailureAfterALockOutDoublesItUpToTheCap() {
        member("viewer-vic");
        for (int i = 0; i < 5; i++) {
            accounts.failedSignIn("viewer-vic", 5, 30, 900);
        }
        assertThat(lockedFor("viewer-vic")).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
        accounts.failedSignIn("viewer-vic", 5, 30, 900);
        assertThat(lockedFor("viewer-vic")).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            accounts.failedSignIn("viewer-vic", 5, 30, 900);
        }
        assertThat(lockedFor("viewer-vic")).isBetween(Duration.ofSeconds(895), Duration.ofSeconds(900));

        accounts.signedIn("viewer-vic");
        assertThat(accounts.find("viewer-vic").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void healthDetailsAreForOwnersOnlyNotForOtherSignedInMembers() {
        for (String member : List.of("viewer-hal", "approver-hal")) {
            JsonNode health = member(member).ok("GET", "/actuator/health", null);
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.has("components")).as(member + ": " + health).isFalse();
        }
        assertThat(owner().ok("GET", "/actuator/health", null)
                        .path("components")
                        .has("db"))
                .isTrue();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndNotReadableByScripts() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(owner().anonymous().request("/login").build(), HttpResponse.BodyHandlers.discarding());
        String session = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // over plain HTTP the cookie cannot be Secure; over HTTPS (or behind a TLS proxy, see README) Tomcat marks it
        assertThat(session).doesNotContainIgnoringCase("Secure");
    }

    private Duration lockedFor(String username) {
        return Duration.between(
                Instant.now(), accounts.find(username).orElseThrow().lockedUntil());
    }
}
