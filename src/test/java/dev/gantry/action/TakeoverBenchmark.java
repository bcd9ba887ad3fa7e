package dev.gantry.action;

import dev.gantry.GantryProcess;
import dev.gantry.TestDatabase;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.AwsFaults;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ChangeSetId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Several instances on one PostgreSQL, against moto with a fixed latency on every AWS call (through {@link AwsFaults}):
 * <ol>
 *   <li>the apply wall time of the reference workflow (VPC, ECR, ECS change sets, applied through alternating
 *       instances) against each run's critical path, with two instances up;</li>
 *   <li>the takeover time after a SIGKILL: the VPC how-to applied through one instance, which is killed while it runs
 *       actions; measured from the kill until the surviving instance runs the first of them again, and until the
 *       run has finished, over {@code gantry.benchmark.trials} trials (median).</li>
 * </ol>
 * Defaults: the product's lease timeout (30 s) and poll interval (1 s), 250 ms per AWS call, 5 trials. One instance
 * per trial and one more are started side by side at the beginning; trial n kills instance n, and any instance
 * still alive may take over.
 *
 * <p>Run: {@code ./mvnw -B -q package -DskipTests && ./mvnw -B -q failsafe:integration-test
 * -Dit.test=TakeoverBenchmark -Dgantry.benchmark.lease=30s -Dgantry.benchmark.trials=5} (not part of
 * {@code verify}: its name ends in neither Test nor IT).
 */
@ExtendWith(MotoServer.class)
class TakeoverBenchmark {

    private static final Duration LATENCY =
            Duration.parse("PT" + System.getProperty("gantry.benchmark.latency", "0.25s"));
    private static final String LEASE = System.getProperty("gantry.benchmark.lease", "30s");
    private static final int TRIALS = Integer.getInteger("gantry.benchmark.trials", 5);
    private static final Duration STARTUP = Duration.ofMinutes(12);

    @Test
    void takeoverTimeAndApplyWallTimeWithTwoInstances() throws Exception {
        String key = secretKey();
        TestDatabase.Connection database = TestDatabase.ownDatabase("takeover_benchmark");
        Path dirs = Files.createTempDirectory("gantry-benchmark");
        List<GantryProcess> instances = new ArrayList<>();
        try (AwsFaults slowAws = AwsFaults.start(
                MotoServer.endpoint(),
                new AwsFaults.Weather(0, 0, 1.0, LATENCY, Duration.ZERO, Duration.ZERO, false, 7))) {
            // One instance per kill, plus the one that survives them all, started side by side once.
            for (int i = 0; i <= TRIALS; i++) {
                instances.add(
                        GantryProcess.launchOn(database, dirs.resolve("i" + i), settings("gantry-" + i, key, slowAws)));
            }
            instances.forEach(instance -> instance.awaitHealthy(STARTUP));
            applyWallTime(instances.get(0).api(), instances.get(TRIALS).api());
            List<Double> takeovers = new ArrayList<>();
            List<Double> finishes = new ArrayList<>();
            for (int trial = 0; trial < TRIALS; trial++) {
                MotoServer.reset(MotoServer.endpoint());
                double[] measured =
                        killMidApply(instances.get(trial), instances.get(TRIALS).api());
                takeovers.add(measured[0]);
                finishes.add(measured[1]);
                System.out.printf(
                        "trial %d: taken over %.2f s after SIGKILL, run finished %.2f s after it "
                                + "(remaining critical path %.2f s, %d instance(s) left)%n",
                        trial + 1, measured[0], measured[1], measured[2], TRIALS - trial);
            }
            System.out.printf(
                    "%nTakeover after SIGKILL, lease timeout %s, %d trials: median %.2f s (min %.2f, max %.2f);"
                            + " kill to run finished: median %.2f s%n",
                    LEASE,
                    TRIALS,
                    median(takeovers),
                    takeovers.stream().mapToDouble(d -> d).min().orElse(0),
                    takeovers.stream().mapToDouble(d -> d).max().orElse(0),
                    median(finishes));
        } finally {
            instances.forEach(GantryProcess::close);
        }
    }

    private static String[] settings(String instance, String key, AwsFaults aws) {
        return new String[] {
            "--gantry.instance.id=" + instance,
            "--gantry.secret-key=" + key,
            "--gantry.aws.endpoint=" + aws.endpoint(),
            "--gantry.aws.poll-interval=100ms",
            "--gantry.apply.lease-timeout=" + LEASE
        };
    }

    /** The three change sets of the reference workflow, through A, B, A, each against its critical path. */
    private static void applyWallTime(ApiClient a, ApiClient b) {
        System.out.printf(
                "%nApply of the reference workflow with two instances, %s ms injected before every AWS call%n",
                LATENCY.toMillis());
        System.out.printf(
                "%-28s %-10s %8s %10s %14s %12s%n",
                "change set", "through", "actions", "wall (s)", "critical (s)", "wall/crit");
        ReferenceDiagram.Built vpc = ReferenceDiagram.buildVpc(a);
        wallTime(a, "gantry-0", "VPC How-to", vpc.changeSetId());
        ReferenceDiagram.Built ecr = ReferenceDiagram.buildEcr(b, vpc);
        wallTime(b, "gantry-" + TRIALS, "ECR Infrastructure How-to", ecr.changeSetId());
        wallTime(
                a,
                "gantry-0",
                "ECS Infra",
                ReferenceDiagram.buildEcs(a, vpc, ecr).changeSetId());
    }

    private static void wallTime(ApiClient api, String through, String name, ChangeSetId changeSet) {
        ReferenceDiagram.approve(api, changeSet);
        long started = System.nanoTime();
        String run = api.ok("POST", "/api/change-sets/" + changeSet + "/apply", null)
                .get("id")
                .asString();
        JsonNode finished = awaitFinished(api, run);
        double wall = (System.nanoTime() - started) / 1e9;
        if (!finished.get("status").asString().equals("succeeded")) {
            throw new AssertionError("The apply of " + name + " stopped: " + finished);
        }
        double critical = MultiInstanceIT.criticalPath(finished, Set.of()).toMillis() / 1000.0;
        System.out.printf(
                "%-28s %-10s %8d %10.2f %14.2f %12.2f%n",
                name, through, finished.get("actions").size(), wall, critical, wall / critical);
    }

    /** Seconds from the kill to the first action running again elsewhere, to the run's end; and the path left. */
    private static double[] killMidApply(GantryProcess victim, ApiClient survivor) {
        ApiClient api = victim.api();
        ReferenceDiagram.Built vpc = ReferenceDiagram.buildVpc(api);
        ReferenceDiagram.approve(api, vpc.changeSetId());
        String run = api.ok("POST", "/api/change-sets/" + vpc.changeSetId() + "/apply", null)
                .get("id")
                .asString();
        JsonNode before = awaitRunningOnVictim(api, run);
        long killed = System.nanoTime();
        victim.kill();
        Set<String> interrupted = ids(before, "RUNNING");
        double takenOver = -1;
        JsonNode view = survivor.ok("GET", "/api/apply-runs/" + run, null);
        while (view.get("status").asString().equals("running")) {
            if (takenOver < 0 && runningAgain(view, interrupted, victimName(before))) {
                takenOver = (System.nanoTime() - killed) / 1e9;
            }
            RestApply.pause(50);
            view = survivor.ok("GET", "/api/apply-runs/" + run, null);
        }
        double finished = (System.nanoTime() - killed) / 1e9;
        if (!view.get("status").asString().equals("succeeded")) {
            throw new AssertionError("The run did not finish after the takeover: " + view);
        }
        if (takenOver < 0) {
            takenOver = finished; // the interrupted actions were short enough to be over between two looks
        }
        double remaining =
                MultiInstanceIT.criticalPath(view, ids(before, "SUCCEEDED")).toMillis() / 1000.0;
        return new double[] {takenOver, finished, remaining};
    }

    private static String victimName(JsonNode run) {
        for (JsonNode action : run.get("actions")) {
            if (action.get("state").asString().equals("RUNNING")) {
                return action.get("instance").asString();
            }
        }
        throw new IllegalStateException("nothing running");
    }

    /** Whether an interrupted action runs (or ran) again on another instance. */
    private static boolean runningAgain(JsonNode view, Set<String> interrupted, String victim) {
        for (JsonNode action : view.get("actions")) {
            if (interrupted.contains(action.get("id").asString())
                    && action.path("instance").isString()
                    && !victim.equals(action.get("instance").asString())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode awaitRunningOnVictim(ApiClient api, String run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = api.ok("GET", "/api/apply-runs/" + run, null);
            if (!ids(view, "RUNNING").isEmpty() && !ids(view, "SUCCEEDED").isEmpty()) {
                return view;
            }
            RestApply.pause(20);
        }
        throw new AssertionError("Nothing ran on the instance to be killed");
    }

    private static JsonNode awaitFinished(ApiClient api, String run) {
        JsonNode view = api.ok("GET", "/api/apply-runs/" + run, null);
        while (view.get("status").asString().equals("running")) {
            RestApply.pause(50);
            view = api.ok("GET", "/api/apply-runs/" + run, null);
        }
        return view;
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

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String secretKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
