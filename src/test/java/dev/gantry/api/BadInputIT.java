package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the OpenAPI document against a fixed catalogue of hostile inputs: malformed and deep JSON,
 * wrong types, NUL bytes, huge strings, non-finite numbers, unknown and malformed ids, missing fields. None may
 * answer 5xx; every refusal is an RFC 9457 problem; and the change set they aim at is unchanged (its diff and
 * audit are compared before and after). Generated from {@code /v3/api-docs}, so a new endpoint is covered the day
 * it is added.
 */
@GantryIntegrationTest
class BadInputIT {

    private static final List<String> HOSTILE_IDS =
            List.of(UUID.randomUUID().toString(), "not-an-id", "%2e%2e%2f%2e%2e%2fetc", "a%00b", "x".repeat(5_000));
    private static final String NUL = "a\\u0000b";
    private static final String HUGE = "h".repeat(300_000);

    @LocalServerPort
    int port;

    record Operation(String method, String path, JsonNode spec) {}

    record Finding(String request, int status, String contentType, String body) {}

    @Test
    void noEndpointAnswers5xxOrChangesTheChangeSetOnHostileInput() {
        ApiClient api = new ApiClient(port);
        JsonNode docs = api.ok("GET", "/v3/api-docs", null);
        String cs = api.newChangeSet("hostile target");
        String repository = api.addComponent(cs, "target", "AWS::ECR::Repository");
        Map<String, String> valid = Map.of("changeSet", cs, "id", repository);
        String before = state(api, cs);

        List<Operation> operations = operations(docs);
        List<Finding> wrong = new ArrayList<>();
        int requests = 0;
        for (Operation op : operations) {
            for (Map.Entry<String, String> call : hostileCalls(op, docs, valid).entrySet()) {
                String[] target = call.getKey().split(" ", 2);
                ApiClient.Response r = api.call(op.method(), target[1], call.getValue());
                requests++;
                if (!acceptable(r)) {
                    String body = String.valueOf(r.body());
                    wrong.add(new Finding(
                            op.method() + " " + abbreviated(target[1]) + " <- "
                                    + abbreviated(String.valueOf(call.getValue())),
                            r.status(),
                            r.contentType(),
                            abbreviated(body)));
                }
            }
        }

        assertThat(operations).hasSizeGreaterThan(20);
        assertThat(requests).isGreaterThan(300);
        assertThat(wrong).as("answers that are 5xx or not problem bodies").isEmpty();
        assertThat(state(api, cs))
                .as("the change set after %s hostile requests", requests)
                .isEqualTo(before);
    }

    /** No 5xx (503 only for a missing Docker engine), and a refusal is a problem body. */
    private static boolean acceptable(ApiClient.Response r) {
        if (r.status() == 503) {
            return r.body() != null && r.body().path("type").asString().endsWith("no-docker-engine");
        }
        if (r.status() >= 500) {
            return false;
        }
        return r.status() < 400 || r.contentType().startsWith("application/problem+json");
    }

    private static String state(ApiClient api, String cs) {
        return api.ok("GET", "/api/change-sets/" + cs + "/diff", null).toString() + "\n"
                + api.ok("GET", "/api/change-sets/" + cs + "/audit", null).toString() + "\n"
                + api.ok("GET", "/api/change-sets/" + cs, null).path("status").asString();
    }

    private static List<Operation> operations(JsonNode docs) {
        List<Operation> found = new ArrayList<>();
        docs.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (path.getKey().startsWith("/api/") && !path.getKey().endsWith("/events")) {
                        found.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
                    }
                }));
        return found;
    }

    /** "METHOD path" → body; bodies only for operations that take one. Insertion order keeps runs comparable. */
    private static Map<String, String> hostileCalls(Operation op, JsonNode docs, Map<String, String> valid) {
        Map<String, String> calls = new LinkedHashMap<>();
        List<String> pathParams = new ArrayList<>();
        List<String> requiredQuery = new ArrayList<>();
        for (JsonNode p : op.spec().path("parameters")) {
            if ("path".equals(p.path("in").asString())) {
                pathParams.add(p.path("name").asString());
            } else if ("query".equals(p.path("in").asString())
                    && p.path("required").asBoolean()) {
                requiredQuery.add(p.path("name").asString());
            }
        }
        JsonNode schema = bodySchema(op, docs);
        String benign = schema == null ? null : "{}";
        // Unknown and malformed ids, one path parameter at a time, with an otherwise plain request.
        for (String param : pathParams) {
            for (String id : HOSTILE_IDS) {
                calls.put(op.method() + " " + path(op, valid, param, id, requiredQuery, "x"), benign);
            }
        }
        String target = path(op, valid, null, null, requiredQuery, "x");
        // Hostile query values on an otherwise valid request.
        for (String value : List.of("a%00b", "q".repeat(10_000))) {
            if (!requiredQuery.isEmpty()) {
                calls.put(op.method() + " " + path(op, valid, null, null, requiredQuery, value), benign);
            }
        }
        if (schema == null) {
            return calls;
        }
        // Hostile bodies on a valid target: the change set must not change.
        List<String> bodies = new ArrayList<>(List.of(
                "{\"a\":",
                "{\"a\":1,,}",
                "[1,2",
                "[]",
                "\"text\"",
                "5",
                "null",
                "{" + "\"a\":{".repeat(5_000) + "}".repeat(5_001),
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"x\":" + "9".repeat(5_000) + "}",
                "{\"" + "k".repeat(5_000) + "\":1}",
                "{}"));
        bodies.add(fields(
                schema, docs, "{\"nested\":{\"deep\":[1,2]}}", "{\"nested\":{\"deep\":[1,2]}}", "\"" + NUL + "\""));
        bodies.add(fields(schema, docs, "\"" + NUL + "\"", "1e400", "\"" + NUL + "\""));
        bodies.add(fields(schema, docs, "\"" + HUGE + "\"", "-1e400", "\"" + HUGE + "\""));
        bodies.add(fields(schema, docs, "12345", "\"not a number\"", "[\"" + NUL + "\"]"));
        bodies.add(fields(schema, docs, "true", "1e308", "{\"" + NUL + "\":1e400}"));
        for (int i = 0; i < bodies.size(); i++) {
            // the same target more than once: an extra query parameter, which no endpoint reads, keeps them apart
            calls.put(op.method() + " " + target + (target.contains("?") ? "&" : "?") + "_case=" + i, bodies.get(i));
        }
        calls.put(
                op.method() + " " + target + (target.contains("?") ? "&" : "?") + "_case=big",
                "{\"a\":\"" + "b".repeat(2_000_000) + "\"}");
        return calls;
    }

    /** A body with every declared field set to the given JSON: strings, numbers and everything else apart. */
    private static String fields(
            JsonNode schema, JsonNode docs, String forStrings, String forNumbers, String forOthers) {
        JsonNode resolved = resolve(schema, docs);
        StringBuilder body = new StringBuilder("{");
        resolved.path("properties").properties().forEach(field -> {
            String type = resolve(field.getValue(), docs).path("type").asString("object");
            String value = switch (type) {
                case "string" -> forStrings;
                case "number", "integer" -> forNumbers;
                default -> forOthers;
            };
            body.append(body.length() > 1 ? "," : "")
                    .append('"')
                    .append(field.getKey())
                    .append("\":")
                    .append(value);
        });
        if (body.length() == 1) {
            // free-form objects (property patches): values under names that exist nowhere and that do
            body.append("\"RepositoryName\":")
                    .append(forStrings)
                    .append(",\"Nope\u0001\":")
                    .append(forNumbers);
        }
        return body.append('}').toString();
    }

    private static JsonNode bodySchema(Operation op, JsonNode docs) {
        JsonNode content = op.spec().path("requestBody").path("content");
        if (content.isMissingNode()) {
            return null;
        }
        JsonNode json = content.path("application/json").path("schema");
        return json.isMissingNode()
                ? content.properties().iterator().next().getValue().path("schema")
                : json;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode docs) {
        String ref = schema.path("$ref").asString(null);
        if (ref == null) {
            return schema;
        }
        return docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String path(
            Operation op,
            Map<String, String> valid,
            String hostileParam,
            String hostileId,
            List<String> query,
            String queryValue) {
        String path = op.path();
        for (var param : java.util.regex.Pattern.compile("\\{([^}]+)}")
                .matcher(op.path())
                .results()
                .toList()) {
            String name = param.group(1);
            String value = name.equals(hostileParam)
                    ? hostileId
                    : valid.getOrDefault(
                            name,
                            name.toLowerCase().contains("change")
                                    ? valid.get("changeSet")
                                    : UUID.randomUUID().toString());
            path = path.replace(param.group(0), value);
        }
        if (!query.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            query.forEach(q -> pairs.add(q + "="
                    + (queryValue.contains("%") ? queryValue : URLEncoder.encode(queryValue, StandardCharsets.UTF_8))));
            path += "?" + String.join("&", pairs);
        }
        return path;
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " chars)" : text;
    }
}
