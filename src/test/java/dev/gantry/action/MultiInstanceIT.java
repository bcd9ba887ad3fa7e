package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.gantry.GantryProcess;
import dev.gantry.TestDatabase;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.AwsFaults;
import dev.gantry.aws.MotoServer;
import dev.gantry.ui.Browser;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import tools.jackson.databind.JsonNode;

/**
 * Two Gantry instances as separate processes on one PostgreSQL, as behind a load balancer, with moto behind a proxy
 * that makes every AWS call take 250 ms. Started once for all tests here (each start costs a JVM); the last test
 * kills instance A with SIGKILL in the middle of an apply and instance B finishes it.
 */
@ExtendWith(MotoServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceIT {

    private static final Duration LEASE = Duration.ofSeconds(6);
    private static final Duration AWS_LATENCY = Duration.ofMillis(250);
    private static final Duration STARTUP = Duration.ofMinutes(12);
    /** Every instance opens what any other sealed (an AWS Credential's keys): they share the secret key. */
    private static final String SECRET_KEY = secretKey();
    /** What may come on top of the lease and the remaining critical path: the poll interval and request timing. */
    // Polling, the heartbeat's rhythm and a busy CI machine's scheduling on top of lease + critical path; the
    // figures themselves are TakeoverBenchmark's job, this only shows the run is not left waiting for more leases
    private static final Duration SLACK = Duration.ofSeconds(20);

    private static AwsFaults slowAws;
    private static GantryProcess a;
    private static GantryProcess b;
    private static Path dataDirs;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        slowAws = AwsFaults.start(
                MotoServer.endpoint(),
                new AwsFaults.Weather(0, 0, 1.0, AWS_LATENCY, Duration.ZERO, Duration.ZERO, false, 11));
        TestDatabase.Connection database = TestDatabase.ownDatabase("multi_instance");
        dataDirs = Files.createTempDirectory("gantry-instances");
        a = GantryProcess.launchOn(database, dataDirs.resolve("a"), settings("gantry-a"));
        b = GantryProcess.launchOn(database, dataDirs.resolve("b"), settings("gantry-b"));
        a.awaitHealthy(STARTUP);
        b.awaitHealthy(STARTUP);
    }

    static String[] settings(String instance) {
        return new String[] {
            "--gantry.instance.id=" + instance,
            "--gantry.secret-key=" + SECRET_KEY,
            "--gantry.aws.endpoint=" + slowAws.endpoint(),
            "--gantry.aws.poll-interval=100ms",
            "--gantry.apply.lease-timeout=" + LEASE.toSeconds() + "s",
            "--gantry.apply.poll-interval=500ms",
            "--gantry.apply.parallelism=4"
        };
    }

    private static String secretKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    @AfterAll
    static void stopInstances() {
        for (GantryProcess instance : new GantryProcess[] {a, b}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (slowAws != null) {
            slowAws.close();
        }
    }

    @Test
    @Order(1)
    void aMergeThroughInstanceAIsSeenByAPlanComputedOnInstanceBRightAfter() {
        ApiClient onA = a.api();
        ApiClient onB = b.api();
        onB.ok("GET", "/api/change-sets/head/components", null); // B has HEAD as it was in its cache

        String merged = onA.newChangeSet("Merged on A");
        String vpc = RestApply.add(
                onA, merged, "merged-on-a", "AWS::EC2::VPC", "component", null, "{\"CidrBlock\":\"10.77.0.0/16\"}");
        ReferenceDiagram.approve(onA, dev.gantry.changeset.ChangeSetId.parse(merged));
        String run = onA.ok("POST", "/api/change-sets/" + merged + "/apply", null)
                .get("id")
                .asString();

        assertThat(onB.ok("GET", "/api/change-sets/head/components", null).findValuesAsString("name"))
                .contains("merged-on-a");
        String next = onB.newChangeSet("Edited on B");
        onB.ok(
                "PATCH",
                "/api/change-sets/" + next + "/components/" + vpc + "/properties",
                "{\"CidrBlock\":\"10.78.0.0/16\"}");
        JsonNode plan = onB.ok("GET", "/api/change-sets/" + next + "/plan", null);
        assertThat(plan.get("actions").findValuesAsString("componentName")).contains("merged-on-a");

        RestApply.abandon(onB, next);
        assertThat(RestApply.awaitRun(onA, run).get("status").asString()).isEqualTo("succeeded");
    }

    @Test
    @Order(2)
    void anEditThroughInstanceAAppearsInABrowserConnectedToInstanceB() {
        ApiClient onA = a.api();
        String cs = onA.newChangeSet("Seen on B");
        RestApply.add(onA, cs, "first", "AWS::EC2::VPC", "down frame", null, "{\"CidrBlock\":\"10.79.0.0/16\"}");
        try (Browser browser = Browser.launch();
                BrowserContext context = browser.newContext(b.port(), "owner", "owner-password-1")) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + b.port() + "/?changeSet=" + cs);
            PlaywrightAssertions.assertThat(page.locator("[data-testid='node-first']"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

            RestApply.add(onA, cs, "added-through-a", "AWS::EC2::InternetGateway", "component", null, "{}");

            // The canvas draws only what is in view and a new top-level component goes beside the others,
            // maybe out of view: as a user would, fit the view until it shows up.
            Locator added = page.locator("[data-testid='node-added-through-a']");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (added.count() == 0 && System.nanoTime() < deadline) {
                page.locator(".react-flow__controls-fitview").click();
                page.waitForTimeout(250);
            }
            PlaywrightAssertions.assertThat(added).isVisible();
        }
        RestApply.abandon(onA, cs);
    }

    @Test
    @Order(3)
    void anInstanceKilledMidApplyIsTakenOverAndTheRunFinishesWithEveryResourceOnce() {
        ApiClient onA = a.api();
        ApiClient onB = b.api();
        ReferenceDiagram.Built vpc = ReferenceDiagram.buildVpc(onA);
        ReferenceDiagram.approve(onA, vpc.changeSetId());
        String run = onA.ok("POST", "/api/change-sets/" + vpc.changeSetId() + "/apply", null)
                .get("id")
                .asString();
        List<String> streamedOnB = follow(onB, run);

        JsonNode beforeKill = awaitRunningOnA(onA, run);
        Instant killed = Instant.now();
        a.kill();
        JsonNode finished = awaitFinished(onB, run);
        Duration toFinish = Duration.between(killed, Instant.now());

        assertThat(finished.get("status").asString()).as("%s", finished).isEqualTo("succeeded");
        Set<String> ranOnA = new HashSet<>();
        Set<String> takenOver = new HashSet<>();
        for (JsonNode action : finished.get("actions")) {
            String id = action.get("id").asString();
            String instance = action.get("instance").asString();
            assertThat(instance).as("%s", action).isIn("gantry-a", "gantry-b");
            if (action.path("takenOverFrom").isString()) {
                assertThat(action.get("takenOverFrom").asString()).isEqualTo("gantry-a");
                assertThat(instance).as("%s", action).isEqualTo("gantry-b");
                takenOver.add(id);
            } else if (instance.equals("gantry-a")) {
                ranOnA.add(id);
            }
        }
        assertThat(takenOver).as("actions A was running when it was killed").isNotEmpty();
        // What was running on A a moment before the kill either finished there or was taken over.
        assertThat(Set.copyOf(union(ranOnA, takenOver))).containsAll(ids(beforeKill, "RUNNING"));
        Duration remaining = criticalPath(finished, ranOnA);
        assertThat(toFinish)
                .as("kill to finish, against lease %s + remaining critical path %s", LEASE, remaining)
                .isLessThanOrEqualTo(LEASE.plus(remaining).plus(SLACK));
        assertThat(streamedOnB)
                .as("progress of the actions A ran, as B streamed it")
                .isNotEmpty()
                .anyMatch(line -> ranOnA.stream().anyMatch(line::contains));
        everyResourceExistsOnce(onB, vpc);
        System.out.printf(
                "Takeover: killed with %d action(s) running on gantry-a; run finished %.1f s later "
                        + "(lease %d s, remaining critical path %.1f s)%n",
                takenOver.size(), toFinish.toMillis() / 1000.0, LEASE.toSeconds(), remaining.toMillis() / 1000.0);
    }

    /** Like {@link RestApply#awaitRun}, with the patience a busy machine needs for 58 actions. */
    private static JsonNode awaitFinished(ApiClient api, String run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        JsonNode view = api.ok("GET", "/api/apply-runs/" + run, null);
        while (view.get("status").asString().equals("running") && System.nanoTime() < deadline) {
            RestApply.pause(100);
            view = api.ok("GET", "/api/apply-runs/" + run, null);
        }
        return view;
    }

    /** The run once instance A is running some of its actions and has finished others. */
    private static JsonNode awaitRunningOnA(ApiClient onA, String run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = onA.ok("GET", "/api/apply-runs/" + run, null);
            boolean runningOnA = false;
            for (JsonNode action : view.get("actions")) {
                runningOnA |= action.get("state").asString().equals("RUNNING")
                        && "gantry-a".equals(action.path("instance").asString(""));
            }
            if (runningOnA && !ids(view, "SUCCEEDED").isEmpty()) {
                return view;
            }
            RestApply.pause(20);
        }
        throw new AssertionError("Instance A never ran an action of " + run);
    }

    /** Server-sent progress events of the run as instance B streams them. */
    private static List<String> follow(ApiClient api, String run) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient.newHttpClient()
                .sendAsync(
                        api.request("/api/apply-runs/" + run + "/events").GET().build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response ->
                        response.body().filter(line -> line.startsWith("data:")).forEach(lines::add));
        return lines;
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> both = new HashSet<>(one);
        both.addAll(other);
        return both;
    }

    private static Set<String> ids(JsonNode run, String state) {
        Set<String> ids = new HashSet<>();
        for (JsonNode action : run.get("actions")) {
            if (action.get("state").asString().equals(state)) {
                ids.add(action.get("id").asString());
            }
        }
        return ids;
    }

    /** The longest chain of dependent actions left after {@code done}, by how long each took when it ran. */
    static Duration criticalPath(JsonNode run, Set<String> done) {
        Map<String, Duration> finishing = new HashMap<>();
        Duration longest = Duration.ZERO;
        for (JsonNode action : run.get("actions")) { // positions are a topological order
            String id = action.get("id").asString();
            if (done.contains(id)) {
                finishing.put(id, Duration.ZERO);
                continue;
            }
            Duration before = Duration.ZERO;
            for (JsonNode dependency : action.get("dependsOn")) {
                Duration d = finishing.getOrDefault(dependency.asString(), Duration.ZERO);
                before = d.compareTo(before) > 0 ? d : before;
            }
            Duration took = Duration.between(
                    Instant.parse(action.get("startedAt").asString()),
                    Instant.parse(action.get("finishedAt").asString()));
            finishing.put(id, before.plus(took));
            longest = before.plus(took).compareTo(longest) > 0 ? before.plus(took) : longest;
        }
        return longest;
    }

    /** The VPC guide's resources, each exactly once in the account, though two instances made them. */
    private static void everyResourceExistsOnce(ApiClient api, ReferenceDiagram.Built vpc) {
        String vpcId = RestApply.head(api, vpc.id("How to VPC").toString())
                .get("resource")
                .get("identifier")
                .asString();
        Filter inVpc = Filter.builder().name("vpc-id").values(vpcId).build();
        try (Ec2Client ec2 = MotoServer.client(Ec2Client.builder())) {
            assertThat(ec2.describeVpcs().vpcs())
                    .filteredOn(v -> "10.0.0.0/16".equals(v.cidrBlock()))
                    .hasSize(1);
            assertThat(ec2.describeSubnets(r -> r.filters(inVpc)).subnets()).hasSize(6);
            assertThat(ec2.describeNatGateways(r -> r.filter(inVpc)).natGateways())
                    .hasSize(3);
            assertThat(ec2.describeAddresses().addresses()).hasSize(3);
            assertThat(ec2.describeInternetGateways().internetGateways())
                    .filteredOn(g -> g.attachments().stream().anyMatch(at -> vpcId.equals(at.vpcId())))
                    .hasSize(1);
            assertThat(ec2.describeRouteTables(r -> r.filters(inVpc)).routeTables())
                    .filteredOn(t ->
                            t.routes().stream().anyMatch(route -> "0.0.0.0/0".equals(route.destinationCidrBlock())))
                    .hasSize(4);
            assertThat(ec2.describeRouteTables(r -> r.filters(inVpc)).routeTables())
                    .as("the 4 route tables Gantry made and the VPC's main one")
                    .hasSize(5);
        }
    }
}
