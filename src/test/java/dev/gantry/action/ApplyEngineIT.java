package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.changeset.GantryInstance;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The engine against real PostgreSQL, with an in-memory cloud whose calls it can observe. */
@GantryIntegrationTest
@AsOwner
class ApplyEngineIT {

    @Autowired
    ActionStore store;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    LeaseStore leases;

    @Autowired
    JdbcClient jdbc;

    final List<UUID> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    final RecordingCloud cloud = new RecordingCloud();
    final InMemoryWorkspace workspace = new InMemoryWorkspace();
    ApplyEngine engine;

    /**
     * This engine's runs are for its in-memory cloud only: what a test leaves unfinished is closed first, so that no
     * other engine sharing the test database adopts it once this one hands its runs back.
     */
    @AfterEach
    void stopEngine() {
        cloud.stalled.values().forEach(CountDownLatch::countDown);
        for (UUID run : started) {
            jdbc.sql("UPDATE apply_run SET finished_at = now() WHERE id = ? AND finished_at IS NULL")
                    .param(run)
                    .update();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void independentActionsRunInParallelAndConsumersGetTheirProducersIds() {
        ApplyRuns runs = runs(10);
        ActionPlan plan = plan(
                List.of("vpc", "subnet-a", "subnet-b", "repository"),
                List.of(new String[] {"vpc", "subnet-a"}, new String[] {"vpc", "subnet-b"}));

        UUID run = runs.start(null, plan, "test", "tester", java.util.Map.of());

        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        assertThat(cloud.maxInFlight.get()).isGreaterThan(1);
        String vpcId = workspace.recorded.get(workspace.component("vpc")).identifier();
        assertThat(cloud.resources
                        .get(workspace
                                .recorded
                                .get(workspace.component("subnet-a"))
                                .identifier())
                        .path("Upstream")
                        .asString())
                .isEqualTo(vpcId);
    }

    @Test
    void parallelismIsBounded() {
        ApplyRuns runs = runs(2);
        UUID run = runs.start(
                null, plan(List.of("a", "b", "c", "d", "e", "f"), List.of()), "test", "tester", java.util.Map.of());

        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        assertThat(cloud.maxInFlight.get()).isEqualTo(2);
    }

    @Test
    void aFailureHoldsExactlyItsDependantsAndRetryCompletesTheApply() {
        ApplyRuns runs = runs(4);
        cloud.failing.add("subnet");
        UUID run = runs.start(
                null,
                plan(
                        List.of("vpc", "subnet", "nat", "repository"),
                        List.of(new String[] {"vpc", "subnet"}, new String[] {"subnet", "nat"})),
                "test",
                "tester",
                java.util.Map.of());

        awaitSettled(runs, run);
        List<ActionRecord> actions = runs.actions(run);
        assertThat(find(actions, "subnet", ActionKind.CREATE).state()).isEqualTo(ActionState.FAILED);
        assertThat(find(actions, "subnet", ActionKind.CREATE).message())
                .contains("subnet")
                .contains("InvalidParameterValue: subnet is misconfigured");
        assertThat(find(actions, "nat", ActionKind.CREATE).state()).isEqualTo(ActionState.QUEUED);
        assertThat(find(actions, "repository", ActionKind.CREATE).state()).isEqualTo(ActionState.SUCCEEDED);
        assertThat(workspace.failures.get(workspace.component("subnet"))).contains("misconfigured");

        cloud.failing.clear();
        runs.retry(find(actions, "subnet", ActionKind.CREATE).id());

        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        assertThat(workspace.failures).isEmpty();
    }

    @Test
    void aRestartMidApplyResumesAndCreatesNothingTwice() {
        ApplyRuns runs = runs(4);
        CountDownLatch stall = new CountDownLatch(1);
        cloud.stalled.put("subnet", stall);
        UUID run = runs.start(
                null,
                plan(
                        List.of("vpc", "subnet", "nat"),
                        List.of(new String[] {"vpc", "subnet"}, new String[] {"subnet", "nat"})),
                "test",
                "tester",
                java.util.Map.of());
        awaitAll(
                runs,
                run,
                a -> !a.componentName().equals("subnet")
                        || a.kind() != ActionKind.CREATE
                        || a.state() == ActionState.RUNNING);
        // The subnet's create reached the cloud; the cloud finishes it, but the process dies before it hears back.
        engine.close();
        stall.countDown();

        engine = engine(4);
        engine.resume(false);

        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        assertThat(cloud.resources.keySet()).hasSize(3);
        assertThat(cloud.resourceByToken).hasSize(3);
    }

    @Test
    void aHeldActionKeepsItsDependantsWaitingUntilReleasedAndRetryingARunningActionIsRefused() {
        ApplyRuns runs = runs(4);
        CountDownLatch stall = new CountDownLatch(1);
        cloud.stalled.put("vpc", stall);
        UUID run = runs.start(
                null,
                plan(List.of("vpc", "subnet"), List.<String[]>of(new String[] {"vpc", "subnet"})),
                "test",
                "tester",
                java.util.Map.of());
        ActionRecord subnet = find(runs.actions(run), "subnet", ActionKind.CREATE);
        runs.hold(subnet.id());
        ActionRecord vpc = find(runs.actions(run), "vpc", ActionKind.CREATE);
        assertThatThrownBy(() -> runs.retry(vpc.id()))
                .isInstanceOf(IllegalActionStateException.class)
                .hasMessageContaining("it is running");
        stall.countDown();

        awaitSettled(runs, run);
        assertThat(find(runs.actions(run), "subnet", ActionKind.CREATE).state()).isEqualTo(ActionState.ON_HOLD);
        assertThat(cloud.creates("subnet")).isZero();

        runs.release(subnet.id());
        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        assertThat(cloud.creates("subnet")).isEqualTo(1);
    }

    @Test
    void removingAFailedActionLetsItsDependantsGoOnWithoutItAndKeepsItInTheHistoryWithWhoRemovedIt() {
        ApplyRuns runs = runs(4);
        cloud.failing.add("vpc");
        UUID run = runs.start(
                null,
                plan(List.of("vpc", "subnet"), List.<String[]>of(new String[] {"vpc", "subnet"})),
                "test",
                "tester",
                java.util.Map.of());
        awaitSettled(runs, run);

        runs.remove(find(runs.actions(run), "vpc", ActionKind.REFRESH).id(), "alice");
        runs.remove(find(runs.actions(run), "vpc", ActionKind.CREATE).id(), "alice");

        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED || a.state() == ActionState.REMOVED);
        assertThat(runs.actions(run))
                .filteredOn(a -> a.state() == ActionState.SUCCEEDED)
                .extracting(ActionRecord::componentName)
                .containsOnly("subnet");
        assertThat(runs.actions(run))
                .filteredOn(a -> a.state() == ActionState.REMOVED)
                .extracting(ActionRecord::componentName, ActionRecord::message)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("vpc", "Removed by alice"));
        assertThat(cloud.creates("subnet")).isEqualTo(1);
    }

    @Test
    void aSucceededActionCannotBeRemovedFromTheHistory() {
        ApplyRuns runs = runs(2);
        UUID run = runs.start(null, plan(List.of("vpc"), List.<String[]>of()), "test", "tester", java.util.Map.of());
        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        UUID create = find(runs.actions(run), "vpc", ActionKind.CREATE).id();

        assertThatThrownBy(() -> runs.remove(create, "alice"))
                .isInstanceOf(IllegalActionStateException.class)
                .hasMessageContaining("never rewritten");
        assertThat(runs.actions(run)).extracting(ActionRecord::state).containsOnly(ActionState.SUCCEEDED);
    }

    @Test
    void anActionWhoseInputIsStillOnItsWayWaitsWithoutCallingTheCloudAndThenGoesOn() {
        ApplyRuns runs = runs(4);
        workspace.unresolvedFor.put(
                workspace.component("subscription"), new java.util.concurrent.atomic.AtomicInteger(1));
        UUID run = runs.start(null, plan(List.of("subscription"), List.of()), "test", "tester", java.util.Map.of());

        awaitAll(
                runs,
                run,
                a -> a.kind() != ActionKind.CREATE || a.state() == ActionState.QUEUED && a.message() != null);
        assertThat(find(runs.actions(run), "subscription", ActionKind.CREATE).message())
                .isEqualTo(
                        "waiting: input `TopicArn` of `subscription` "
                                + "has no value: `probe-topic` has no resource yet (its `TopicArn` arrives once it is created)");
        assertThat(cloud.creates("subscription")).isZero();

        awaitAll(runs, run, a -> a.state() == ActionState.SUCCEEDED);
        assertThat(cloud.creates("subscription")).isEqualTo(1);
    }

    @Test
    void anInputWhoseProducerDidNotReportItFailsTheActionBeforeAnyCloudCallAndTheRunSaysSo() {
        ApplyRuns runs = runs(4);
        workspace.producerPending = false;
        workspace.unresolvedFor.put(
                workspace.component("subscription"), new java.util.concurrent.atomic.AtomicInteger(1));
        UUID run = runs.start(
                null,
                plan(
                        List.of("subscription", "queue-policy"),
                        List.<String[]>of(new String[] {"subscription", "queue-policy"})),
                "test",
                "tester",
                java.util.Map.of());

        awaitSettled(runs, run);
        ActionRecord subscription = find(runs.actions(run), "subscription", ActionKind.CREATE);
        assertThat(subscription.state()).isEqualTo(ActionState.FAILED);
        assertThat(subscription.message())
                .endsWith("failed: input `TopicArn` of `subscription` has no value: "
                        + "`probe-topic` did not report `TopicArn`");
        assertThat(cloud.calls).isEmpty();
        RunOutcome outcome = RunOutcome.of(runs.actions(run));
        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.summary()).startsWith("failed: 1 action failed, 3 held. Fix the cause and retry");
        assertThat(store.run(run).finishedAt()).isNotNull();
    }

    private ApplyRuns runs(int parallelism) {
        engine = engine(parallelism);
        return new ApplyRuns(store, engine) {
            @Override
            UUID start(
                    UUID changeSetId,
                    ActionPlan plan,
                    String title,
                    String user,
                    java.util.Map<UUID, String> deletedResources) {
                UUID run = super.start(changeSetId, plan, title, user, deletedResources);
                started.add(run);
                return run;
            }
        };
    }

    /** An engine as a separate instance with its own lease owner, on the test database. */
    private ApplyEngine engine(int parallelism) {
        ApplyProperties settings = new ApplyProperties(parallelism, Duration.ofSeconds(30), Duration.ofSeconds(1));
        return new ApplyEngine(
                store,
                new ActionExecutor(List.of(cloud), workspace, ReplacementRule.NEVER),
                events,
                settings,
                new ActionLeases(
                        leases,
                        new GantryInstance("engine-test", UUID.randomUUID().toString()),
                        settings.leaseTimeout()));
    }

    private ActionPlan plan(List<String> components, List<String[]> flows) {
        List<PlanInput.Change> changes = components.stream()
                .map(name ->
                        new PlanInput.Change(workspace.component(name), name, "AWS::Test::Thing", ActionKind.CREATE))
                .toList();
        List<PlanInput.DataFlow> dataFlow = flows.stream()
                .map(f -> {
                    workspace.consumes.put(workspace.component(f[1]), workspace.component(f[0]));
                    return new PlanInput.DataFlow(workspace.component(f[0]), workspace.component(f[1]));
                })
                .toList();
        return new ActionPlanner().plan(new PlanInput(changes, dataFlow));
    }

    private static ActionRecord find(List<ActionRecord> actions, String component, ActionKind kind) {
        return actions.stream()
                .filter(a -> a.componentName().equals(component) && a.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /** Waits until nothing runs and nothing queued can start: what is left waits on a failure or a hold. */
    private static void awaitSettled(ApplyRuns runs, UUID run) {
        awaitAll(runs, run, a -> a.state() != ActionState.RUNNING);
        java.util.function.Supplier<Boolean> settled = () -> {
            List<ActionRecord> actions = runs.actions(run);
            java.util.Set<UUID> done = new java.util.HashSet<>();
            actions.stream().filter(a -> a.state() == ActionState.SUCCEEDED).forEach(a -> done.add(a.id()));
            return actions.stream()
                    .noneMatch(a -> a.state() == ActionState.RUNNING
                            || (a.state() == ActionState.QUEUED && done.containsAll(a.dependsOn())));
        };
        awaitAll(runs, run, a -> settled.get());
    }

    private static void awaitAll(ApplyRuns runs, UUID run, Predicate<ActionRecord> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!runs.actions(run).stream().allMatch(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out; actions: " + runs.actions(run));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
