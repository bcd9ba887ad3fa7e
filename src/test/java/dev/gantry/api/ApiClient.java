package dev.gantry.api;

import dev.gantry.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A few lines of HTTP so tests read like the API calls a user would make. Public so that tests of other packages
 * (apply against moto) can drive the REST API the same way, e.g. with {@link ReferenceDiagram}.
 * <p>
 * Like a script would, it authenticates every call: by default with HTTP Basic as the owner that
 * {@code gantry.security.bootstrap-*} creates in every test context; {@link #as}, {@link #withToken} and
 * {@link #anonymous} act as someone else.
 */
public final class ApiClient {

    public record Response(int status, JsonNode body, String contentType) {}

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final Map<String, String> headers;

    public ApiClient(int port) {
        this("http://localhost:" + port);
    }

    /** @param baseUrl where Gantry runs, such as {@code http://localhost:8080} (no trailing slash) */
    public ApiClient(String baseUrl) {
        this(
                baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl,
                basic(TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD),
                Map.of());
    }

    private ApiClient(String base, String authorization, Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same API, called with HTTP Basic as another user. */
    public ApiClient as(String username, String password) {
        return new ApiClient(base, basic(username, password), headers);
    }

    /** The same API, called with a personal access token ({@code Authorization: Bearer}). */
    public ApiClient withToken(String token) {
        return new ApiClient(base, "Bearer " + token, headers);
    }

    /** The same API, called by nobody in particular. */
    public ApiClient anonymous() {
        return new ApiClient(base, null, headers);
    }

    /** The same API with one more header on every call (an {@code Origin}, a {@code Cookie}). */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, authorization, more);
    }

    public Response call(String method, String path, String body) {
        return call(method, path, body, "application/json");
    }

    /** With another Content-Type, to see how the API answers what it does not take. */
    public Response call(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::setHeader);
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isBlank() ? null : parse(r.body());
            return new Response(
                    r.statusCode(), json, r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request to {@code path} with this client's credentials and headers, for what {@link #call} does not cover
     * (following a server-sent event stream, say).
     */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::setHeader);
        return request;
    }

    /** A body that is not JSON (an HTML error page, say) comes back as a JSON string, for the test to show. */
    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException notJson) {
            return tools.jackson.databind.node.StringNode.valueOf(body);
        }
    }

    /** Calls and insists on a 2xx answer, so a failing step names itself. */
    public JsonNode ok(String method, String path, String body) {
        Response r = call(method, path, body);
        if (r.status() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + r.status() + ": " + r.body());
        }
        return r.body();
    }

    /** Opens a change set named {@code name} (forked from HEAD, as the editor's "new change set" does); its id. */
    public String newChangeSet(String name) {
        return ok(
                        "POST",
                        "/api/change-sets",
                        JSON.createObjectNode().put("name", name).toString())
                .path("id")
                .asString();
    }

    /** Adds a component of {@code asset} named {@code name} to the change set, with no property set; its id. */
    public String addComponent(String changeSet, String name, String asset) {
        return ok(
                        "POST",
                        "/api/change-sets/" + changeSet + "/components",
                        JSON.createObjectNode()
                                .put("name", name)
                                .put("asset", asset)
                                .toString())
                .path("id")
                .asString();
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
