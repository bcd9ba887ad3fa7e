package dev.gantry.action;

import dev.gantry.security.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Runs apply runs: starts every queued action whose dependencies have succeeded, at most {@code parallelism}
 * at a time, and looks again whenever one finishes. The database is the only state: each action is marked
 * running before its cloud call and succeeded or failed after it, so a new engine on the same database (after
 * a crash or restart) resumes where the old one stopped.
 */
class ApplyEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApplyEngine.class);
    private static final Duration PRODUCER_RECHECK = Duration.ofSeconds(2);

    private final ActionStore store;
    private final ActionExecutor executor;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("apply-timer").daemon().factory());
    private volatile boolean closed;

    ApplyEngine(ActionStore store, ActionExecutor executor, ApplicationEventPublisher events, int parallelism) {
        this.store = store;
        this.executor = executor;
        this.events = events;
        this.workers = Executors.newFixedThreadPool(
                parallelism, Thread.ofPlatform().name("apply-", 1).factory());
        this.slots = new Semaphore(parallelism);
    }

    /** Resumes whatever a previous process left unfinished. */
    void resume() {
        int requeued = store.requeueInterrupted();
        List<UUID> runs = store.runsWithUnfinishedActions();
        if (!runs.isEmpty()) {
            log.info("Resuming {} apply run(s); {} interrupted action(s) queued again", runs.size(), requeued);
        }
        runs.forEach(this::schedule);
    }

    /** Starts what is ready in this run; safe to call at any time and from any thread. */
    synchronized void schedule(UUID runId) {
        if (closed) {
            return;
        }
        List<ActionRecord> actions = store.actions(runId);
        Set<UUID> succeeded = actions.stream()
                .filter(a -> a.state() == ActionState.SUCCEEDED || a.state() == ActionState.REMOVED)
                .map(ActionRecord::id)
                .collect(Collectors.toSet());
        Map<UUID, ActionRecord> present = new HashMap<>();
        actions.forEach(a -> present.put(a.id(), a));
        String startedBy = null;
        for (ActionRecord action : longestChainFirst(actions)) {
            if (action.state() == ActionState.QUEUED && ready(action, succeeded, present)) {
                if (startedBy == null) {
                    startedBy = store.run(runId).createdBy();
                }
                String actingFor = startedBy;
                if (!slots.tryAcquire()) {
                    return; // every worker is busy; a finishing action schedules again
                }
                if (store.transition(action.id(), ActionState.QUEUED, ActionState.RUNNING, null)) {
                    publish(action, ActionState.RUNNING, null);
                    workers.execute(() -> run(action, actingFor));
                } else {
                    slots.release();
                }
            }
        }
        RunOutcome outcome = RunOutcome.of(store.actions(runId));
        if (outcome.stopped() && store.markRunFinished(runId)) {
            log.info("Apply run {} finished: {}", runId, outcome.summary());
        }
    }

    /**
     * When more actions are ready than workers are free, start those heading the longest chains of dependants
     * first: the critical path then never waits behind work that has slack.
     */
    private static List<ActionRecord> longestChainFirst(List<ActionRecord> actions) {
        Map<UUID, List<UUID>> dependants = new HashMap<>();
        actions.forEach(a -> a.dependsOn()
                .forEach(d ->
                        dependants.computeIfAbsent(d, k -> new ArrayList<>()).add(a.id())));
        Map<UUID, Integer> chain = new HashMap<>();
        for (ActionRecord action : actions.reversed()) { // positions are a topological order
            int longest = 0;
            for (UUID dependant : dependants.getOrDefault(action.id(), List.of())) {
                longest = Math.max(longest, chain.getOrDefault(dependant, 0));
            }
            chain.put(action.id(), longest + 1);
        }
        return actions.stream()
                .sorted(Comparator.comparing((ActionRecord a) -> -chain.get(a.id()))
                        .thenComparing(ActionRecord::position))
                .toList();
    }

    private static boolean ready(ActionRecord action, Set<UUID> succeeded, Map<UUID, ActionRecord> present) {
        return action.dependsOn().stream().allMatch(dep -> succeeded.contains(dep) || !present.containsKey(dep));
    }

    /** Works on behalf of whoever started the run: what it records on HEAD is audited under their name. */
    private void run(ActionRecord action, String startedBy) {
        ActionState outcome = ActionState.SUCCEEDED;
        String message = null;
        UnresolvedInputException waiting = null;
        log.info(
                "Apply run {}: {} of {} ({}, component {}, action {}) started",
                action.applyRunId(),
                action.kind().name().toLowerCase(),
                action.componentName(),
                action.resourceType(),
                action.componentId(),
                action.id());
        try {
            Actor.runAs(startedBy, () -> executor.execute(action));
            log.info(
                    "Apply run {}: {} of {} (action {}) succeeded",
                    action.applyRunId(),
                    action.kind().name().toLowerCase(),
                    action.componentName(),
                    action.id());
        } catch (RuntimeException e) {
            if (closed) {
                return; // stopping: leave it running in the database, to be resumed like after a crash
            }
            if (e instanceof UnresolvedInputException unresolved && unresolved.producerPending()) {
                waiting = unresolved;
            } else {
                outcome = ActionState.FAILED;
                RuntimeException cause = e;
                String[] failed = new String[1];
                Actor.runAs(startedBy, () -> failed[0] = failure(action, cause));
                message = failed[0];
            }
        } finally {
            slots.release();
        }
        if (closed) {
            return;
        }
        if (waiting != null) {
            waitForProducer(action, waiting);
            return;
        }
        if (store.transition(action.id(), ActionState.RUNNING, outcome, message)) {
            publish(action, outcome, message);
        }
        schedule(action.applyRunId());
    }

    private String failure(ActionRecord action, RuntimeException e) {
        String message = action.kind().name().toLowerCase() + " of " + action.componentName() + " ("
                + action.resourceType() + ") failed: " + e.getMessage();
        log.warn(
                "Apply run {}: action {} (component {}) failed: {}",
                action.applyRunId(),
                action.id(),
                action.componentId(),
                message);
        executor.recordFailure(action, message);
        return message;
    }

    /**
     * A producer outside this run's dependencies (another run's action) is still under way: the action goes back
     * to the queue, nothing was sent, and it looks again shortly.
     */
    private void waitForProducer(ActionRecord action, UnresolvedInputException e) {
        String message = "waiting: " + e.getMessage();
        if (store.transition(action.id(), ActionState.RUNNING, ActionState.QUEUED, message)) {
            publish(action, ActionState.QUEUED, message);
        }
        timer.schedule(() -> schedule(action.applyRunId()), PRODUCER_RECHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish(ActionRecord action, ActionState state, String message) {
        events.publishEvent(new ActionProgressed(
                action.applyRunId(), action.id(), action.componentId(), action.kind(), state, message));
    }

    /** Stops taking work; actions under way are left as running in the database, as after a crash. */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
