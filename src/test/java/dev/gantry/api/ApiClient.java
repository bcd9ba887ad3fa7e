package dev.gantry.api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A few lines of HTTP so tests read like the API calls a user would make. Public so that tests of other packages
 * (apply against moto) can drive the REST API the same way, e.g. with {@link ReferenceDiagram}.
 */
public final class ApiClient {

    public record Response(int status, JsonNode body, String contentType) {
    }

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this("http://localhost:" + port);
    }

    /** @param baseUrl where Gantry runs, such as {@code http://localhost:8080} (no trailing slash) */
    public ApiClient(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Response call(String method, String path, String body) {
        return call(method, path, body, "application/json");
    }

    /** With another Content-Type, to see how the API answers what it does not take. */
    public Response call(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isBlank() ? null : parse(r.body());
            return new Response(r.statusCode(), json, r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
