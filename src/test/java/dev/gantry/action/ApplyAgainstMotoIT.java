package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.GantryInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ecr.EcrClient;
import tools.jackson.databind.JsonNode;

/**
 * Apply end to end, through the REST API only, against moto: a change set is built, approved and applied, the
 * resources exist in the emulator with the settings drawn, their ids flow back as resource data; then deleting
 * the frame in a new change set removes them in reverse order.
 */
@GantryIntegrationTest
@AsOwner
@ExtendWith({MotoServer.class, OutputCaptureExtension.class})
class ApplyAgainstMotoIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @Autowired
    ApplyEngine engine;

    @Autowired
    ActionStore store;

    @Autowired
    List<ResourceProvider> providers;

    @Autowired
    HeadWorkspace workspace;

    @Autowired
    ReplacementRule replacement;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeaseStore leases;

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aVpcFrameIsAppliedToTheCloudAndDeletingTheFrameRemovesEverythingInReverseOrder() {
        String cs = api.newChangeSet("network");
        String credential = RestApply.add(
                api,
                cs,
                "moto",
                "AWS Credential",
                "down frame",
                null,
                "{\"AccessKeyId\":\"AKIAMOTO\",\"SecretAccessKey\":\"moto-secret\"}");
        String region =
                RestApply.add(api, cs, "us-east-1", "Region", "down frame", credential, "{\"Region\":\"us-east-1\"}");
        String vpc = RestApply.add(
                api,
                cs,
                "apply-vpc",
                "AWS::EC2::VPC",
                "down frame",
                region,
                "{\"CidrBlock\":\"10.42.0.0/16\",\"EnableDnsHostnames\":true,\"EnableDnsSupport\":true}");
        String subnet = RestApply.add(
                api,
                cs,
                "apply-subnet",
                "AWS::EC2::Subnet",
                "component",
                vpc,
                "{\"CidrBlock\":\"10.42.1.0/24\",\"AvailabilityZone\":\"us-east-1a\"}");
        RestApply.add(
                api,
                cs,
                "apply-sg",
                "AWS::EC2::SecurityGroup",
                "component",
                vpc,
                "{\"GroupDescription\":\"web\",\"GroupName\":\"apply-sg\"}");

        JsonNode plan = api.ok("GET", "/api/change-sets/" + cs + "/plan", null);
        assertThat(names(plan.get("actions"), "CREATE"))
                .containsExactly("apply-vpc", "apply-sg", "apply-subnet")
                .doesNotContain("moto", "us-east-1");
        JsonNode run = approveAndApply(cs);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        String vpcId =
                RestApply.head(api, vpc).get("resource").get("identifier").asString();
        Vpc created = ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().getFirst();
        assertThat(created.cidrBlock()).isEqualTo("10.42.0.0/16");
        assertThat(created.tags()).anySatisfy(t -> assertThat(t.value()).isEqualTo(vpc));
        assertThat(RestApply.head(api, subnet).get("values").get("VpcId").asString())
                .isEqualTo(vpcId);
        assertThat(ec2().describeSubnets(r -> r.filters(
                                Filter.builder().name("vpc-id").values(vpcId).build()))
                        .subnets())
                .singleElement()
                .satisfies(s -> assertThat(s.cidrBlock()).isEqualTo("10.42.1.0/24"));

        String cleanup = api.newChangeSet("clean up");
        api.ok("DELETE", "/api/change-sets/" + cleanup + "/components/" + vpc, null);
        JsonNode deletes = api.ok("GET", "/api/change-sets/" + cleanup + "/plan", null);
        assertThat(names(deletes.get("actions"), "DELETE")).last().isEqualTo("apply-vpc");
        JsonNode removed = approveAndApply(cleanup);

        assertThat(removed.get("status").asString()).as(removed.toString()).isEqualTo("succeeded");
        assertThat(ec2().describeVpcs(r -> r.filters(
                                Filter.builder().name("vpc-id").values(vpcId).build()))
                        .vpcs())
                .isEmpty();
    }

    @Test
    void changingACreateOnlyPropertyReplacesTheResourceAndItsConsumersFollowTheNewId() {
        String cs = api.newChangeSet("replace");
        String vpc = RestApply.add(
                api,
                cs,
                "replace-vpc",
                "AWS::EC2::VPC",
                "down frame",
                RestApply.regionFrame(api, cs),
                "{\"CidrBlock\":\"10.46.0.0/16\"}");
        String subnet = RestApply.add(
                api, cs, "replace-subnet", "AWS::EC2::Subnet", "component", vpc, "{\"CidrBlock\":\"10.46.1.0/24\"}");
        String table = RestApply.add(api, cs, "replace-rt", "AWS::EC2::RouteTable", "component", vpc, "{}");
        String association = RestApply.add(
                api, cs, "replace-association", "AWS::EC2::SubnetRouteTableAssociation", "component", vpc, "{}");
        connect(cs, subnet, "Subnet Id", association, "Subnet Id");
        connect(cs, table, "Route Table Id", association, "Route Table Id");
        assertThat(approveAndApply(cs).get("status").asString()).isEqualTo("succeeded");
        String oldSubnetId =
                RestApply.head(api, subnet).get("resource").get("identifier").asString();

        String change = api.newChangeSet("new cidr");
        api.ok(
                "PATCH",
                "/api/change-sets/" + change + "/components/" + subnet + "/properties",
                "{\"CidrBlock\":\"10.46.2.0/24\"}");
        JsonNode plan = api.ok("GET", "/api/change-sets/" + change + "/plan", null);
        assertThat(names(plan.get("actions"), "REPLACE")).containsExactly("replace-subnet");
        assertThat(names(plan.get("actions"), "UPDATE")).containsExactly("replace-association");
        JsonNode run = approveAndApply(change);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        String newSubnetId =
                RestApply.head(api, subnet).get("resource").get("identifier").asString();
        assertThat(newSubnetId).isNotEqualTo(oldSubnetId);
        assertThat(ec2().describeSubnets(r -> r.filters(Filter.builder()
                                .name("subnet-id")
                                .values(newSubnetId)
                                .build()))
                        .subnets())
                .singleElement()
                .satisfies(s -> assertThat(s.cidrBlock()).isEqualTo("10.46.2.0/24"));
        assertThat(ec2().describeSubnets(r -> r.filters(Filter.builder()
                                .name("subnet-id")
                                .values(oldSubnetId)
                                .build()))
                        .subnets())
                .isEmpty();
        assertThat(ec2().describeRouteTables(r -> r.filters(Filter.builder()
                                .name("association.subnet-id")
                                .values(newSubnetId)
                                .build()))
                        .routeTables())
                .hasSize(1);
    }

    @Test
    void anAwsErrorHoldsExactlyItsDependantsAndRetryCompletesTheApplyOnceTheCauseIsFixed() {
        ecr().createRepository(r -> r.repositoryName("taken-outside-gantry"));
        String cs = api.newChangeSet("repository");
        String region = RestApply.regionFrame(api, cs);
        String repository = RestApply.add(
                api,
                cs,
                "app-repo",
                "AWS::ECR::Repository",
                "component",
                region,
                "{\"RepositoryName\":\"taken-outside-gantry\"}");
        String policy = RestApply.add(
                api,
                cs,
                "app-repo-policy",
                "AWS ECR Private Repository Policy",
                "component",
                region,
                "{\"PolicyText\":{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowPull\","
                        + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\"ecs-tasks.amazonaws.com\"]},"
                        + "\"Action\":[\"ecr:BatchGetImage\"]}]}}");
        connect(cs, repository, "Repository Name", policy, "Repository Name");
        RestApply.add(
                api, cs, "unrelated-vpc", "AWS::EC2::VPC", "component", region, "{\"CidrBlock\":\"10.43.0.0/16\"}");

        JsonNode stopped = approveAndApply(cs);

        assertThat(stopped.get("status").asString()).isEqualTo("failed");
        assertThat(stopped.get("summary").asString())
                .isEqualTo("failed: 1 action failed, 3 held. Fix the cause and retry "
                        + "the failed action, or remove it to let what waits on it go on");
        assertThat(stopped.get("finishedAt").isNull()).isFalse();
        assertThat(action(stopped, "app-repo", "CREATE").get("state").asString())
                .isEqualTo("FAILED");
        assertThat(action(stopped, "app-repo", "CREATE").get("message").asString())
                .contains("app-repo")
                .contains("RepositoryAlreadyExists");
        assertThat(action(stopped, "app-repo-policy", "CREATE").get("state").asString())
                .isEqualTo("QUEUED");
        assertThat(action(stopped, "unrelated-vpc", "CREATE").get("state").asString())
                .isEqualTo("SUCCEEDED");
        assertThat(RestApply.head(api, repository)
                        .get("resource")
                        .get("message")
                        .asString())
                .contains("RepositoryAlreadyExists");

        ecr().deleteRepository(r -> r.repositoryName("taken-outside-gantry").force(true));
        String runId = stopped.get("id").asString();
        java.util.concurrent.CompletableFuture<java.util.List<String>> events = followEvents(runId, policy);
        api.ok(
                "POST",
                "/api/actions/"
                        + action(stopped, "app-repo", "CREATE").get("id").asString() + "/retry",
                null);
        JsonNode finished = awaitRun(runId);

        assertThat(finished.get("status").asString()).as(finished.toString()).isEqualTo("succeeded");
        assertThat(events.join())
                .as("server-sent progress")
                .anyMatch(e -> e.contains("\"state\":\"RUNNING\""))
                .anyMatch(e -> e.contains("\"state\":\"SUCCEEDED\""));
        assertThat(ecr().getRepositoryPolicy(r -> r.repositoryName("taken-outside-gantry"))
                        .policyText())
                .contains("ecs-tasks.amazonaws.com");
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD) // its engine is closed on purpose
    void anApplyInterruptedByACrashResumesOnANewEngineWithoutDuplicatingResources() {
        String cs = api.newChangeSet("crash");
        String vpc = RestApply.add(
                api,
                cs,
                "crash-vpc",
                "AWS::EC2::VPC",
                "down frame",
                RestApply.regionFrame(api, cs),
                "{\"CidrBlock\":\"10.44.0.0/16\"}");
        for (int i = 1; i <= 4; i++) {
            RestApply.add(
                    api,
                    cs,
                    "crash-subnet-" + i,
                    "AWS::EC2::Subnet",
                    "component",
                    vpc,
                    "{\"CidrBlock\":\"10.44." + i + ".0/24\"}");
        }
        api.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + cs + "/approve", null);
        String runId = api.ok("POST", "/api/change-sets/" + cs + "/apply", null)
                .get("id")
                .asString();
        awaitSomethingRunning(runId);

        engine.close(); // the process stops mid-call: its running actions are handed back, interrupted
        ApplyProperties settings = new ApplyProperties(10, Duration.ofSeconds(30), Duration.ofSeconds(1));
        try (ApplyEngine restarted = new ApplyEngine(
                store,
                new ActionExecutor(providers, workspace, replacement),
                events,
                settings,
                new ActionLeases(
                        leases,
                        new GantryInstance("restarted", UUID.randomUUID().toString()),
                        settings.leaseTimeout()))) {
            restarted.resume(false);
            JsonNode run = awaitRun(runId);

            assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
            String vpcId =
                    RestApply.head(api, vpc).get("resource").get("identifier").asString();
            assertThat(ec2().describeVpcs(r -> r.filters(Filter.builder()
                                    .name("tag:gantry:component-id")
                                    .values(vpc)
                                    .build()))
                            .vpcs())
                    .hasSize(1);
            assertThat(ec2().describeSubnets(r -> r.filters(Filter.builder()
                                    .name("vpc-id")
                                    .values(vpcId)
                                    .build()))
                            .subnets())
                    .hasSize(4);
        }
    }

    @Test
    void theCredentialsSecretIsNeitherInTheDatabaseNorTheLogsNorTheApi(CapturedOutput logs) {
        String cs = api.newChangeSet("secret");
        String region = RestApply.regionFrame(api, cs);
        String vpc = RestApply.add(
                api, cs, "secret-vpc", "AWS::EC2::VPC", "component", region, "{\"CidrBlock\":\"10.45.0.0/16\"}");
        JsonNode run = approveAndApply(cs);
        String cleanup = api.newChangeSet("secret clean up");
        api.ok("DELETE", "/api/change-sets/" + cleanup + "/components/" + vpc, null);
        JsonNode deleted = approveAndApply(cleanup);

        assertThat(run.get("status").asString()).isEqualTo("succeeded"); // the secret reached the cloud call
        assertThat(deleted.get("status").asString()).isEqualTo("succeeded");
        for (String table : List.of("head_component", "change_set_component", "audit_entry", "action_run")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE '%moto-secret%'")
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(logs.getAll()).doesNotContain("moto-secret");
        String credential =
                api.ok("GET", "/api/change-sets/head/components", null).toString();
        assertThat(credential).doesNotContain("moto-secret");
        assertThat(api.ok("GET", "/api/apply-runs/" + run.get("id").asString(), null)
                        .toString())
                .doesNotContain("moto-secret");
    }

    private void connect(String cs, String from, String output, String to, String input) {
        api.ok(
                "POST",
                "/api/change-sets/" + cs + "/connections",
                "{\"from\":\"" + from + "\",\"output\":\"" + output + "\",\"to\":\"" + to + "\",\"input\":\"" + input
                        + "\"}");
    }

    private static JsonNode action(JsonNode run, String component, String kind) {
        for (JsonNode action : run.get("actions")) {
            if (action.get("componentName").asString().equals(component)
                    && action.get("kind").asString().equals(kind)) {
                return action;
            }
        }
        throw new AssertionError("No " + kind + " of " + component + " in " + run);
    }

    /** Reads the run's server-sent events until one says the component's refresh (its last action) succeeded. */
    private java.util.concurrent.CompletableFuture<List<String>> followEvents(String runId, String componentId) {
        java.util.concurrent.CountDownLatch subscribed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<List<String>> events =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    List<String> lines = new ArrayList<>();
                    var request = api.request("/api/apply-runs/" + runId + "/events")
                            .header("Accept", "text/event-stream")
                            .timeout(Duration.ofSeconds(60))
                            .build();
                    try {
                        var response = java.net.http.HttpClient.newHttpClient()
                                .send(request, java.net.http.HttpResponse.BodyHandlers.ofLines());
                        subscribed.countDown();
                        try (var body = response.body()) { // closing it ends the subscription
                            var stream = body.iterator();
                            while (stream.hasNext()) {
                                String line = stream.next();
                                lines.add(line);
                                if (line.contains("\"REFRESH\"")
                                        && line.contains("\"SUCCEEDED\"")
                                        && line.contains(componentId)) {
                                    return lines;
                                }
                            }
                            return lines;
                        }
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
        try {
            subscribed.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return events;
    }

    private void awaitSomethingRunning(String runId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = api.ok("GET", "/api/apply-runs/" + runId, null);
            for (JsonNode action : run.get("actions")) {
                if (action.get("state").asString().equals("RUNNING")) {
                    return;
                }
            }
            RestApply.pause(5);
        }
        throw new AssertionError("No action of " + runId + " ever ran");
    }

    private JsonNode approveAndApply(String cs) {
        return RestApply.approveAndApply(api, cs);
    }

    private JsonNode awaitRun(String runId) {
        return RestApply.awaitRun(api, runId);
    }

    private static List<String> names(JsonNode actions, String kind) {
        List<String> names = new ArrayList<>();
        actions.forEach(a -> {
            if (a.get("kind").asString().equals(kind)) {
                names.add(a.get("componentName").asString());
            }
        });
        return names;
    }

    private static EcrClient ecr() {
        return MotoServer.client(EcrClient.builder());
    }

    private static Ec2Client ec2() {
        return MotoServer.client(Ec2Client.builder());
    }
}
