package dev.gantry.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weather of real AWS, in front of moto: an HTTP proxy that forwards every call to the emulator but, like AWS,
 * sometimes says no. It answers each service's own error shape (EC2's XML, the query services' ErrorResponse,
 * ECS/ECR's JSON) so the SDK sees what it would see from AWS:
 * <ul>
 *   <li>EC2 eventual consistency: the first request that names an id EC2 (or ELB) returned within the fresh window
 *       is answered with EC2's NotFound for it ({@code InvalidVpcID.NotFound}, …; ELB's {@code SubnetNotFound});</li>
 *   <li>IAM propagation: ECS and ECR refuse requests naming a role created within the role window, with the words
 *       ECS and ECR use ({@code Role is not valid}, {@code Principal not found});</li>
 *   <li>deletes: the first delete of a VPC, subnet, security group or internet gateway is refused with
 *       {@code DependencyViolation};</li>
 *   <li>throttling at a rate, 500 internal errors at a rate, slow answers at a rate;</li>
 *   <li>and, for a test, an operation that always fails with a given code.</li>
 * </ul>
 * Every fault is counted. The random source is seeded, so a run's faults are reproducible up to thread timing.
 */
public final class AwsFaults implements AutoCloseable {

    /** How bad the weather is. Rates are fractions of all calls; windows are how long something stays "fresh". */
    public record Weather(
            double throttleRate,
            double internalErrorRate,
            double slowRate,
            Duration slowAnswer,
            Duration freshWindow,
            Duration roleWindow,
            boolean refuseFirstDeletes,
            long seed) {

        /**
         * The weather: throttling at 10%, occasional 500s, a few slow answers, fresh ids and roles, and
         * deletes refused once while dependants go away.
         */
        public static Weather stormy() {
            return new Weather(
                    0.10, 0.02, 0.03, Duration.ofMillis(600), Duration.ofSeconds(2), Duration.ofSeconds(5), true, 14);
        }

        public static Weather calm() {
            return new Weather(0, 0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, false, 0);
        }
    }

    /** A call as the proxy saw it: service, operation and the request body, and what the proxy did with it. */
    public record Call(String service, String operation, String body, String fault) {}

    /** The element of each EC2 create's answer that holds the id it made (other ids in it are not new). */
    private static final Map<String, String> CREATED_ID = Map.of(
            "CreateVpc",
            "vpcId",
            "CreateSubnet",
            "subnetId",
            "CreateSecurityGroup",
            "groupId",
            "CreateInternetGateway",
            "internetGatewayId",
            "CreateRouteTable",
            "routeTableId",
            "AllocateAddress",
            "allocationId",
            "CreateNatGateway",
            "natGatewayId");

    private static final Pattern ANY_ID = Pattern.compile("\\b(?:vpc|subnet|sg|igw|rtb|eipalloc|nat)-[0-9a-f]{8,}\\b");
    private static final Pattern ROLE_ARN = Pattern.compile("<Arn>(arn:aws:iam::\\d+:role/[^<]+)</Arn>");
    private static final Set<String> DEPENDED_ON_DELETES =
            Set.of("DeleteVpc", "DeleteSubnet", "DeleteSecurityGroup", "DeleteInternetGateway");
    private static final Set<String> ROLE_REFUSING =
            Set.of("ecs RegisterTaskDefinition", "ecs CreateService", "ecr SetRepositoryPolicy");
    private static final int ROLE_REFUSALS = 2;
    private static final Set<String> QUERY_SERVICES = Set.of("iam", "elasticloadbalancing", "sts");

    private final URI target;
    private final HttpServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random;
    private volatile Weather weather;
    private final Map<String, Long> freshIds = new ConcurrentHashMap<>();
    private final Map<String, Long> freshRoles = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, String[]> alwaysFailing = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Set<String> refusedDeletes = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> roleRefusals = new ConcurrentHashMap<>();

    private AwsFaults(URI target, Weather weather) throws IOException {
        this.target = target;
        this.weather = weather;
        this.random = new Random(weather.seed());
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
    }

    public static AwsFaults start(URI target, Weather weather) {
        try {
            return new AwsFaults(target, weather);
        } catch (IOException e) {
            throw new IllegalStateException("The fault proxy did not start", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void weather(Weather weather) {
        this.weather = weather;
    }

    /** From now on, every call of {@code operation} (EC2's {@code ModifyVpcAttribute}) fails with this code. */
    public void alwaysFail(String operation, String code, String message) {
        alwaysFailing.put(operation, new String[] {code, message});
    }

    public void stopFailing(String operation) {
        alwaysFailing.remove(operation);
    }

    /** What was done, by kind: calls, throttled, internal errors, slow answers, fresh-id NotFound, role refusals. */
    public Map<String, Integer> counts() {
        Map<String, Integer> snapshot = new TreeMap<>();
        counts.forEach((k, v) -> snapshot.put(k, v.get()));
        return snapshot;
    }

    public int count(String kind) {
        AtomicInteger count = counts.get(kind);
        return count == null ? 0 : count.get();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public void resetCounts() {
        counts.clear();
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            String service = service(exchange);
            String operation = operation(exchange, text);
            String readable = decoded(text);
            tally("calls");
            String fault = fault(service, operation, readable);
            calls.add(new Call(service, operation, readable, fault));
            if (fault != null) {
                refuse(exchange, service, fault);
                return;
            }
            forward(exchange, body, service, operation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decides what goes wrong with this call, if anything: "Code|message|status", or null to forward it. */
    private String fault(String service, String operation, String body) throws InterruptedException {
        String[] always = alwaysFailing.get(operation);
        if (always != null) {
            tally("always failing " + operation);
            return always[0] + "|" + always[1] + "|400";
        }
        Weather w = weather;
        double roll;
        double slow;
        synchronized (random) {
            roll = random.nextDouble();
            slow = random.nextDouble();
        }
        if (roll < w.throttleRate()) {
            tally("throttled");
            return throttling(service);
        }
        if (roll < w.throttleRate() + w.internalErrorRate()) {
            tally("internal errors (500)");
            return internalError(service);
        }
        String notFound = freshIdNotFound(service, operation, body, w);
        if (notFound != null) {
            tally(service.equals("ec2") ? "EC2 NotFound for fresh ids" : "ELB NotFound for fresh ids");
            return notFound;
        }
        String dependants = dependantsStillGoing(service, operation, body, w);
        if (dependants != null) {
            tally("DependencyViolation on deletes");
            return dependants;
        }
        String role = rolePropagation(service, operation, body, w);
        if (role != null) {
            tally("IAM role propagation refusals");
            return role;
        }
        if (slow < w.slowRate()) {
            tally("slow answers");
            Thread.sleep(w.slowAnswer());
        }
        return null;
    }

    private String freshIdNotFound(String service, String operation, String body, Weather w) {
        if (!service.equals("ec2") && !service.equals("elasticloadbalancing")) {
            return null;
        }
        long now = System.nanoTime();
        Matcher ids = ANY_ID.matcher(body);
        while (ids.find()) {
            String id = ids.group();
            Long created = freshIds.get(id);
            if (created != null && now - created < w.freshWindow().toNanos() && freshIds.remove(id, created)) {
                return service.equals("ec2") ? ec2NotFound(operation, id) : elbNotFound(id);
            }
        }
        return null;
    }

    private static String ec2NotFound(String operation, String id) {
        String prefix = id.substring(0, id.indexOf('-'));
        String code = switch (prefix) {
            case "vpc" -> "InvalidVpcID.NotFound";
            case "subnet" -> "InvalidSubnetID.NotFound";
            case "sg" -> "InvalidGroup.NotFound";
            case "igw" ->
                operation.equals("CreateRoute") ? "InvalidGatewayID.NotFound" : "InvalidInternetGatewayID.NotFound";
            case "rtb" -> "InvalidRouteTableID.NotFound";
            case "eipalloc" -> "InvalidAllocationID.NotFound";
            default -> operation.equals("DescribeNatGateways") ? "NatGatewayNotFound" : "InvalidNatGatewayID.NotFound";
        };
        return code + "|The ID '" + id + "' does not exist|400";
    }

    private static String elbNotFound(String id) {
        return id.startsWith("sg-")
                ? "InvalidSecurityGroup|One or more security groups are invalid: " + id + "|400"
                : "SubnetNotFound|The subnet ID '" + id + "' is not valid|400";
    }

    /**
     * The first delete of a VPC, subnet, security group or internet gateway is refused as AWS does while a
     * dependant (a load balancer's network interface, say) is still going away.
     */
    private String dependantsStillGoing(String service, String operation, String body, Weather w) {
        if (!w.refuseFirstDeletes() || !service.equals("ec2") || !DEPENDED_ON_DELETES.contains(operation)) {
            return null;
        }
        Matcher id = ANY_ID.matcher(body);
        if (!id.find() || !refusedDeletes.add(id.group())) {
            return null;
        }
        return "DependencyViolation|The " + id.group() + " has dependencies and cannot be deleted.|400";
    }

    /**
     * A request naming a fresh role is refused while the role window lasts, and at least the first
     * {@link #ROLE_REFUSALS} times whatever the timing, so that a loaded machine still sees the weather.
     */
    private String rolePropagation(String service, String operation, String body, Weather w) {
        if (!ROLE_REFUSING.contains(service + " " + operation)) {
            return null;
        }
        long now = System.nanoTime();
        boolean namesFreshRole = freshRoles.entrySet().stream()
                .anyMatch(e -> body.contains(e.getKey())
                        && (now - e.getValue() < w.roleWindow().toNanos()
                                || roleRefusals
                                                .computeIfAbsent(e.getKey(), k -> new AtomicInteger())
                                                .get()
                                        < ROLE_REFUSALS));
        if (!namesFreshRole) {
            return null;
        }
        freshRoles.keySet().stream()
                .filter(body::contains)
                .forEach(role -> roleRefusals
                        .computeIfAbsent(role, k -> new AtomicInteger())
                        .incrementAndGet());
        return switch (service + " " + operation) {
            case "ecs RegisterTaskDefinition" -> "ClientException|Role is not valid|400";
            case "ecs CreateService" ->
                "InvalidParameterException|Unable to assume role and validate the specified "
                        + "targetGroupArn. Please verify that the ECS service role being passed has the proper "
                        + "permissions.|400";
            case "ecr SetRepositoryPolicy" ->
                "InvalidParameterException|Invalid parameter at 'PolicyText' failed "
                        + "to satisfy constraint: 'Principal not found'|400";
            default -> null;
        };
    }

    private static String throttling(String service) {
        return switch (service) {
            case "ec2" -> "RequestLimitExceeded|Request limit exceeded.|503";
            case "ecs", "ecr" -> "ThrottlingException|Rate exceeded|400";
            default -> "Throttling|Rate exceeded|400";
        };
    }

    private static String internalError(String service) {
        return switch (service) {
            case "ec2" -> "InternalError|An internal error has occurred|500";
            case "ecs", "ecr" -> "ServerException|An internal error occurred|500";
            default -> "InternalFailure|An internal error occurred|500";
        };
    }

    private void forward(HttpExchange exchange, byte[] body, String service, String operation)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!Set.of("host", "content-length", "connection", "expect", "transfer-encoding", "upgrade")
                    .contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        remember(service, operation, new String(response.body(), StandardCharsets.UTF_8));
        response.headers().map().forEach((name, values) -> {
            if (!Set.of("content-length", "transfer-encoding", "connection", ":status")
                    .contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        send(exchange, response.statusCode(), response.body());
    }

    /** Ids from EC2's creates and role ARNs from IAM's CreateRole: these are "fresh" for a while. */
    private void remember(String service, String operation, String response) {
        long now = System.nanoTime();
        String element = service.equals("ec2") ? CREATED_ID.get(operation) : null;
        if (element != null) {
            Matcher id =
                    Pattern.compile("<" + element + ">([a-z]+-[0-9a-f]+)</").matcher(response);
            if (id.find()) {
                freshIds.put(id.group(1), now);
            }
        }
        if (service.equals("iam") && operation.equals("CreateRole")) {
            Matcher arn = ROLE_ARN.matcher(response);
            if (arn.find()) {
                freshRoles.put(arn.group(1), now);
            }
        }
    }

    private void refuse(HttpExchange exchange, String service, String fault) throws IOException {
        String[] parts = fault.split("\\|", 3);
        String code = parts[0];
        String message = parts[1];
        int status = Integer.parseInt(parts[2]);
        String requestId = UUID.randomUUID().toString();
        String body;
        if (service.equals("ec2")) {
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code
                    + "</Code><Message>" + message + "</Message></Error></Errors><RequestID>" + requestId
                    + "</RequestID></Response>";
        } else if (QUERY_SERVICES.contains(service)) {
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            body = "<ErrorResponse><Error><Type>" + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code
                    + "</Code><Message>" + message + "</Message></Error><RequestId>" + requestId
                    + "</RequestId></ErrorResponse>";
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            body = "{\"__type\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}";
        }
        exchange.getResponseHeaders().add("x-amzn-RequestId", requestId);
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private void tally(String kind) {
        counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String decoded(String body) {
        try {
            return URLDecoder.decode(body, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notFormEncoded) {
            return body;
        }
    }

    /** The signing scope names the service: {@code Credential=AKID/20260101/us-east-1/ec2/aws4_request}. */
    private static String service(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return "";
        }
        Matcher scope = Pattern.compile("Credential=[^/]+/\\d+/[^/]+/([^/]+)/aws4_request")
                .matcher(authorization);
        return scope.find() ? scope.group(1) : "";
    }

    /** Query protocols say {@code Action=CreateVpc}; JSON protocols {@code X-Amz-Target: Service.Operation}. */
    private static String operation(HttpExchange exchange, String body) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (target != null) {
            return target.substring(target.lastIndexOf('.') + 1);
        }
        Matcher action = Pattern.compile("(?:^|&)Action=([A-Za-z0-9]+)").matcher(body);
        return action.find()
                ? action.group(1)
                : exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
    }
}
