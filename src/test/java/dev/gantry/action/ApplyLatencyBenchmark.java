package dev.gantry.action;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ChangeSetId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How well apply overlaps cloud calls: the reference workflow (VPC, ECR, ECS change sets) applied to moto with a
 * fixed latency injected before every AWS call, compared with its DAG's critical path. Prints, per change set:
 * the wall time of the apply (from the REST call to the run's end), the critical path (the longest chain of
 * dependent actions, by their measured durations), and the serial time (the sum of all action durations: what
 * one worker would take). The target is wall ≤ 1.2 × critical path.
 *
 * <p>Run: {@code ./mvnw -B -q package -DskipTests && ./mvnw -B -q -o failsafe:integration-test
 * -Dit.test=ApplyLatencyBenchmark -Dgantry.benchmark.latency=200ms} (not part of {@code verify}: its name ends in
 * neither Test nor IT).
 */
@GantryIntegrationTest
@AsOwner
@ExtendWith(MotoServer.class)
class ApplyLatencyBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    ApplyService apply;

    @DynamicPropertySource
    static void slowCloud(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
        registry.add("gantry.aws.injected-latency", () -> System.getProperty("gantry.benchmark.latency", "200ms"));
    }

    @Test
    void applyOverlapsCloudCallsUpToTheCriticalPath() {
        ApiClient api = new ApiClient(port);
        System.out.printf(
                "%nApply of the reference workflow against moto, %s injected before every AWS call%n",
                System.getProperty("gantry.benchmark.latency", "200ms"));
        System.out.printf(
                "%-28s %8s %10s %14s %10s %12s%n",
                "change set", "actions", "wall (s)", "critical (s)", "serial (s)", "wall/crit");
        ReferenceDiagram.Built vpc = ReferenceDiagram.buildVpc(api);
        measure(api, "VPC How-to", vpc.changeSetId());
        ReferenceDiagram.Built ecr = ReferenceDiagram.buildEcr(api, vpc);
        measure(api, "ECR Infrastructure How-to", ecr.changeSetId());
        measure(api, "ECS Infra", ReferenceDiagram.buildEcs(api, vpc, ecr).changeSetId());
    }

    private void measure(ApiClient api, String name, ChangeSetId changeSet) {
        ReferenceDiagram.approve(api, changeSet);
        long started = System.nanoTime();
        UUID runId = UUID.fromString(api.ok("POST", "/api/change-sets/" + changeSet + "/apply", null)
                .get("id")
                .asString());
        ApplyRunView run = apply.run(runId);
        while (run.finishedAt() == null && run.status() == RunStatus.RUNNING) {
            sleep();
            run = apply.run(runId);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        if (run.status() != RunStatus.SUCCEEDED) {
            throw new AssertionError("The apply of " + name + " stopped: " + run);
        }
        double critical = criticalPath(run.actions());
        double serial = run.actions().stream()
                .mapToDouble(ApplyLatencyBenchmark::seconds)
                .sum();
        System.out.printf(
                "%-28s %8d %10.2f %14.2f %10.2f %12.2f%n",
                name, run.actions().size(), wall, critical, serial, wall / critical);
    }

    /** The longest chain of dependent actions by measured durations; positions are a topological order. */
    private static double criticalPath(List<ActionRecord> actions) {
        Map<UUID, Double> finishing = new HashMap<>();
        double longest = 0;
        for (ActionRecord action : actions) {
            double before = action.dependsOn().stream()
                    .mapToDouble(d -> finishing.getOrDefault(d, 0.0))
                    .max()
                    .orElse(0);
            finishing.put(action.id(), before + seconds(action));
            longest = Math.max(longest, before + seconds(action));
        }
        return longest;
    }

    private static double seconds(ActionRecord action) {
        return Duration.between(action.startedAt(), action.finishedAt() == null ? Instant.now() : action.finishedAt())
                        .toNanos()
                / 1e9;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
