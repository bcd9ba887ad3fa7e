package dev.gantry.action;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import dev.gantry.security.Actor;
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

    private final ActionStore store;
    private final ActionExecutor executor;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers;
    private final Semaphore slots;
    private volatile boolean closed;

    ApplyEngine(ActionStore store, ActionExecutor executor, ApplicationEventPublisher events, int parallelism) {
        this.store = store;
        this.executor = executor;
        this.events = events;
        this.workers = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("apply-", 1).factory());
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
                .map(ActionRecord::id).collect(Collectors.toSet());
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
        if (store.finishRunIfDone(runId)) {
            log.info("Apply run {} finished: every action succeeded", runId);
        }
    }

    /**
     * When more actions are ready than workers are free, start those heading the longest chains of dependants
     * first: the critical path then never waits behind work that has slack.
     */
    private static List<ActionRecord> longestChainFirst(List<ActionRecord> actions) {
        Map<UUID, List<UUID>> dependants = new HashMap<>();
        actions.forEach(a -> a.dependsOn().forEach(d -> dependants.computeIfAbsent(d, k -> new ArrayList<>()).add(a.id())));
        Map<UUID, Integer> chain = new HashMap<>();
        for (ActionRecord action : actions.reversed()) { // positions are a topological order
            int longest = 0;
            for (UUID dependant : dependants.getOrDefault(action.id(), List.of())) {
                longest = Math.max(longest, chain.getOrDefault(dependant, 0));
            }
            chain.put(action.id(), longest + 1);
        }
        return actions.stream().sorted(Comparator.comparing((ActionRecord a) -> -chain.get(a.id()))
                .thenComparing(ActionRecord::position)).toList();
    }

    private static boolean ready(ActionRecord action, Set<UUID> succeeded, Map<UUID, ActionRecord> present) {
        return action.dependsOn().stream().allMatch(dep -> succeeded.contains(dep) || !present.containsKey(dep));
    }

    /** Works on behalf of whoever started the run: what it records on HEAD is audited under their name. */
    private void run(ActionRecord action, String startedBy) {
        ActionState outcome = ActionState.SUCCEEDED;
        String message = null;
        log.info("Apply run {}: {} of {} ({}, component {}, action {}) started", action.applyRunId(),
                action.kind().name().toLowerCase(), action.componentName(), action.resourceType(),
                action.componentId(), action.id());
        try {
            Actor.runAs(startedBy, () -> executor.execute(action));
            log.info("Apply run {}: {} of {} (action {}) succeeded", action.applyRunId(),
                    action.kind().name().toLowerCase(), action.componentName(), action.id());
        } catch (RuntimeException e) {
            if (closed) {
                return; // stopping: leave it running in the database, to be resumed like after a crash
            }
            outcome = ActionState.FAILED;
            message = action.kind().name().toLowerCase() + " of " + action.componentName() + " ("
                    + action.resourceType() + ") failed: " + e.getMessage();
            log.warn("Apply run {}: action {} (component {}) failed: {}", action.applyRunId(), action.id(),
                    action.componentId(), message);
            String failure = message;
            Actor.runAs(startedBy, () -> executor.recordFailure(action, failure));
        } finally {
            slots.release();
        }
        if (closed) {
            return;
        }
        if (store.transition(action.id(), ActionState.RUNNING, outcome, message)) {
            publish(action, outcome, message);
        }
        schedule(action.applyRunId());
    }

    private void publish(ActionRecord action, ActionState state, String message) {
        events.publishEvent(new ActionProgressed(action.applyRunId(), action.id(), action.componentId(),
                action.kind(), state, message));
    }

    /** Stops taking work; actions under way are left as running in the database, as after a crash. */
    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
