package dev.gantry.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small stand-in for the Cloud Control API speaking its wire protocol (awsJson1_0, {@code X-Amz-Target:
 * CloudApiService.<Operation>}), because no emulator we can run implements it. It keeps honest: it stores the
 * desired state it is sent, answers every request IN_PROGRESS and then SUCCESS on the first status poll, returns
 * what it stored with the read-only attributes a real handler adds ({@code Arn}, {@code TopicArn}, {@code QueueUrl}),
 * applies the JSON patch it receives (and refuses a bad one), remembers client tokens, and fails a delete of
 * something missing with NotFound as Cloud Control does. Two ways real providers misbehave can be switched on: a
 * request that ends FAILED without an ErrorCode, and reads that leave read-only attributes out.
 */
final class CloudControlStandIn implements AutoCloseable {

    /** Types it "knows"; others are refused with TypeNotFoundException, as for an unregistered type. */
    private static final Set<String> KNOWN_TYPES = Set.of("AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::Logs::LogGroup");

    record Call(String operation, ObjectNode body) {}

    private record Resource(String typeName, ObjectNode properties, ObjectNode attributes) {}

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> requests = new ConcurrentHashMap<>();
    private final Map<String, String> requestByClientToken = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> omittedOnRead = ConcurrentHashMap.newKeySet();
    private volatile String nextFailureWithoutCode;

    CloudControlStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    int resourceCount() {
        return resources.size();
    }

    /** The next request started ends FAILED with this StatusMessage and no ErrorCode, as some handlers answer. */
    void failNextWithoutErrorCode(String statusMessage) {
        nextFailureWithoutCode = statusMessage;
    }

    /** Reads leave this read-only attribute out, as a handler that does not report it (yet) does. */
    void omitOnRead(String attribute) {
        omittedOnRead.add(attribute);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        ObjectNode body = (ObjectNode) json.readTree(exchange.getRequestBody().readAllBytes());
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        calls.add(new Call(operation, body));
        try {
            respond(exchange, 200, dispatch(operation, body));
        } catch (Refusal refusal) {
            respond(
                    exchange,
                    400,
                    json.createObjectNode().put("__type", refusal.type).put("Message", refusal.getMessage()));
        }
    }

    private ObjectNode dispatch(String operation, ObjectNode body) {
        return switch (operation) {
            case "CreateResource" -> create(body);
            case "GetResourceRequestStatus" -> status(body);
            case "GetResource" -> get(body);
            case "UpdateResource" -> update(body);
            case "DeleteResource" -> delete(body);
            default -> throw new Refusal("UnsupportedActionException", "Unknown operation " + operation);
        };
    }

    private ObjectNode create(ObjectNode body) {
        String type = knownType(body);
        return once(body, () -> {
            ObjectNode desired = parseObject(body.get("DesiredState").asString());
            String identifier = type.substring(type.lastIndexOf(':') + 1).toLowerCase() + "-" + UUID.randomUUID();
            if (nextFailureWithoutCode != null) {
                return failedWithoutCode(type, identifier, "CREATE");
            }
            resources.put(identifier, new Resource(type, desired, readOnlyAttributes(type, identifier)));
            return event(type, identifier, "CREATE", "IN_PROGRESS", null);
        });
    }

    private ObjectNode update(ObjectNode body) {
        String type = knownType(body);
        String identifier = body.get("Identifier").asString();
        Resource resource = existing(identifier);
        return once(body, () -> {
            ArrayNode patch = (ArrayNode) parse(body.get("PatchDocument").asString());
            try {
                resources.put(
                        identifier,
                        new Resource(
                                type, JsonPatchApplier.apply(resource.properties(), patch), resource.attributes()));
            } catch (IllegalArgumentException | ClassCastException bad) {
                throw new Refusal("ValidationException", "Invalid patch document: " + bad.getMessage());
            }
            return event(type, identifier, "UPDATE", "IN_PROGRESS", null);
        });
    }

    private ObjectNode delete(ObjectNode body) {
        String type = knownType(body);
        String identifier = body.get("Identifier").asString();
        return once(
                body,
                () -> resources.remove(identifier) == null
                        ? event(type, identifier, "DELETE", "FAILED", "NotFound")
                        : event(type, identifier, "DELETE", "IN_PROGRESS", null));
    }

    private ObjectNode get(ObjectNode body) {
        String identifier = body.get("Identifier").asString();
        Resource resource = existing(identifier);
        ObjectNode properties = resource.properties().deepCopy();
        resource.attributes().properties().forEach(e -> {
            if (!omittedOnRead.contains(e.getKey())) {
                properties.set(e.getKey(), e.getValue());
            }
        });
        ObjectNode response = json.createObjectNode().put("TypeName", resource.typeName());
        response.putObject("ResourceDescription")
                .put("Identifier", identifier)
                .put("Properties", json.writeValueAsString(properties));
        return response;
    }

    /** What the real handlers report beyond what was sent: ARNs, and a queue's URL. */
    private ObjectNode readOnlyAttributes(String type, String identifier) {
        String arn = "arn:aws:" + type.split("::")[1].toLowerCase() + ":us-east-1:123456789012:" + identifier;
        ObjectNode attributes = json.createObjectNode();
        switch (type) {
            case "AWS::SNS::Topic" -> attributes.put("TopicArn", arn);
            case "AWS::SQS::Queue" ->
                attributes
                        .put("Arn", arn)
                        .put("QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/" + identifier);
            default -> attributes.put("Arn", arn);
        }
        return attributes;
    }

    /** FAILED with a StatusMessage and no ErrorCode, reported on the first status poll. */
    private ObjectNode failedWithoutCode(String type, String identifier, String operation) {
        String message = nextFailureWithoutCode;
        nextFailureWithoutCode = null;
        ObjectNode event = event(type, identifier, operation, "IN_PROGRESS", null);
        event.put("PendingFailure", message);
        return event;
    }

    /** The first poll finishes the request: enough to make the provider poll, without slowing tests down. */
    private ObjectNode status(ObjectNode body) {
        ObjectNode event = requests.get(body.get("RequestToken").asString());
        if (event == null) {
            throw new Refusal("RequestTokenNotFoundException", "No request " + body.get("RequestToken"));
        }
        if (event.has("PendingFailure")) {
            event.put("OperationStatus", "FAILED")
                    .put("StatusMessage", event.remove("PendingFailure").asString());
        } else if (event.get("OperationStatus").asString().equals("IN_PROGRESS")) {
            event.put("OperationStatus", "SUCCESS")
                    .put("EventTime", Instant.now().getEpochSecond());
        }
        return wrap(event);
    }

    /** Client tokens make a repeated request the same request, as in Cloud Control. */
    private ObjectNode once(ObjectNode body, java.util.function.Supplier<ObjectNode> start) {
        JsonNode token = body.get("ClientToken");
        String known = token == null ? null : requestByClientToken.get(token.asString());
        if (known != null) {
            ObjectNode earlier = requests.get(known);
            if (!earlier.get("Operation").asString().equals(operationOf(body))) {
                throw new Refusal(
                        "ClientTokenConflictException",
                        "ClientToken " + token.asString() + " was already used for a "
                                + earlier.get("Operation").asString() + " request");
            }
            return wrap(earlier);
        }
        ObjectNode event = start.get();
        requests.put(event.get("RequestToken").asString(), event);
        if (token != null) {
            requestByClientToken.put(token.asString(), event.get("RequestToken").asString());
        }
        return wrap(event);
    }

    private static String operationOf(ObjectNode body) {
        if (body.has("DesiredState")) {
            return "CREATE";
        }
        return body.has("PatchDocument") ? "UPDATE" : "DELETE";
    }

    private ObjectNode event(String type, String identifier, String operation, String status, String errorCode) {
        ObjectNode event = json.createObjectNode()
                .put("TypeName", type)
                .put("Identifier", identifier)
                .put("RequestToken", UUID.randomUUID().toString())
                .put("Operation", operation)
                .put("OperationStatus", status)
                .put("EventTime", Instant.now().getEpochSecond());
        if (errorCode != null) {
            event.put("ErrorCode", errorCode).put("StatusMessage", "Resource " + identifier + " not found");
        }
        return event;
    }

    private ObjectNode wrap(ObjectNode event) {
        ObjectNode response = json.createObjectNode();
        response.set("ProgressEvent", event.deepCopy());
        return response;
    }

    private String knownType(ObjectNode body) {
        String type = body.get("TypeName").asString();
        if (!KNOWN_TYPES.contains(type)) {
            throw new Refusal("TypeNotFoundException", "The type '" + type + "' cannot be found.");
        }
        return type;
    }

    private Resource existing(String identifier) {
        Resource resource = resources.get(identifier);
        if (resource == null) {
            throw new Refusal("ResourceNotFoundException", "Resource " + identifier + " not found");
        }
        return resource;
    }

    private ObjectNode parseObject(String text) {
        if (!(parse(text) instanceof ObjectNode object)) {
            throw new Refusal("ValidationException", "DesiredState must be a JSON object");
        }
        return object;
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (RuntimeException e) {
            throw new Refusal("ValidationException", "Not JSON: " + e.getMessage());
        }
    }

    private void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final class Refusal extends RuntimeException {
        private final String type;

        Refusal(String type, String message) {
            super(message);
            this.type = type;
        }
    }
}
