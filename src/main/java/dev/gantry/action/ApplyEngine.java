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
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Runs apply runs: starts every queued action whose dependencies have succeeded, at most {@code parallelism}
 * at a time in this instance, and looks again whenever one finishes. The database is the only state: each action
 * is claimed (marked running, with this instance's lease) before its cloud call and succeeded or failed after it,
 * so another engine on the same database, in this process after a restart or in another instance, resumes where
 * this one stopped (see {@link ActionLeases}). Every poll interval it takes over what other instances stopped
 * renewing and looks at the runs it drives again.
 */
class ApplyEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApplyEngine.class);
    private static final Duration PRODUCER_RECHECK = Duration.ofSeconds(2);

    private final ActionStore store;
    private final ActionExecutor executor;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers;
    private final Semaphore slots;
    private final ActionLeases leases;
    private final ApplyProperties settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("apply-timer").daemon().factory());
    /** The heartbeat and its watchdog have threads of their own: a slow sweep must never delay a renewal. */
    private final ScheduledExecutorService heartbeat = Executors.newScheduledThreadPool(
            2, Thread.ofPlatform().name("apply-lease-", 1).daemon().factory());

    private volatile boolean closed;

    ApplyEngine(
            ActionStore store,
            ActionExecutor executor,
            ApplicationEventPublisher events,
            ApplyProperties settings,
            ActionLeases leases) {
        this.store = store;
        this.executor = executor;
        this.events = events;
        this.settings = settings;
        this.leases = leases;
        this.workers = Executors.newFixedThreadPool(
                settings.parallelism(), Thread.ofPlatform().name("apply-", 1).factory());
        this.slots = new Semaphore(settings.parallelism());
        long beat = settings.heartbeat().toMillis();
        heartbeat.scheduleAtFixedRate(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS); // no drift

        heartbeat.scheduleWithFixedDelay(leases::fenceIfStale, 500, 500, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts looking for work: now (resuming whatever a previous process left unfinished) and every poll interval.
     * With {@code exclusiveDatabase} (the embedded PostgreSQL, which no other instance can share) what was running
     * is queued again at once; otherwise it is taken over once its lease expires.
     */
    void resume(boolean exclusiveDatabase) {
        if (exclusiveDatabase) {
            int requeued = leases.requeueAllRunning();
            if (requeued > 0) {
                log.info("{} interrupted action(s) queued again", requeued);
            }
        }
        long poll = settings.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, 0, poll, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            leases.takeOver().forEach(this::schedule);
        } catch (RuntimeException e) {
            log.warn(
                    "Instance {} could not look for apply work: {}",
                    leases.instance().id(),
                    e.toString());
        }
    }

    private void renewLeases() {
        try {
            leases.renew();
        } catch (RuntimeException e) {
            log.warn(
                    "Instance {} could not renew its leases: {}",
                    leases.instance().id(),
                    e.toString());
        }
    }

    /** Runs started or reopened here are driven by this instance until it stops. */
    void drive(UUID runId) {
        leases.drive(runId);
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
                if (leases.claim(action)) {
                    publish(action, ActionState.RUNNING, null);
                    FutureTask<Void> work = new FutureTask<>(() -> run(action, actingFor), null);
                    leases.running(action.id(), work);
                    workers.execute(work);
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
        Attempt attempt;
        try {
            attempt = attempt(action, startedBy);
        } finally {
            slots.release();
        }
        if (closed || !leases.holds(action.id())) {
            return; // stopping, or our lease is gone: whoever holds the action now records its outcome
        }
        if (attempt.waiting() != null) {
            waitForProducer(action, attempt.waiting());
            return;
        }
        if (leases.finish(action.id(), attempt.outcome(), attempt.message())) {
            publish(action, attempt.outcome(), attempt.message());
        }
        schedule(action.applyRunId());
    }

    /** How a cloud call ended: an outcome, or a wait for a producer outside this run. */
    private record Attempt(ActionState outcome, String message, UnresolvedInputException waiting) {}

    private Attempt attempt(ActionRecord action, String startedBy) {
        log.info(
                "Apply run {}: {} of {} ({}, component {}, action {}) started on instance {}",
                action.applyRunId(),
                action.kind().name().toLowerCase(),
                action.componentName(),
                action.resourceType(),
                action.componentId(),
                action.id(),
                leases.instance().id());
        try {
            Actor.runAs(startedBy, () -> executor.execute(action));
            log.info(
                    "Apply run {}: {} of {} (action {}) succeeded",
                    action.applyRunId(),
                    action.kind().name().toLowerCase(),
                    action.componentName(),
                    action.id());
            return new Attempt(ActionState.SUCCEEDED, null, null);
        } catch (RuntimeException e) {
            if (closed || !leases.holds(action.id())) {
                return new Attempt(ActionState.RUNNING, null, null); // not recorded: see run()
            }
            if (e instanceof UnresolvedInputException unresolved && unresolved.producerPending()) {
                return new Attempt(ActionState.QUEUED, null, unresolved);
            }
            return new Attempt(ActionState.FAILED, recordedFailure(action, e, startedBy), null);
        }
    }

    /** The failure as recorded on the action; recording it on HEAD too may fail, and must not keep it running. */
    private String recordedFailure(ActionRecord action, RuntimeException e, String startedBy) {
        String[] failed = new String[1];
        try {
            Actor.runAs(startedBy, () -> failed[0] = failure(action, e));
        } catch (RuntimeException notRecorded) {
            log.warn(
                    "Apply run {}: could not record the failure of action {} on HEAD",
                    action.applyRunId(),
                    action.id(),
                    notRecorded);
            failed[0] =
                    action.kind().name().toLowerCase() + " of " + action.componentName() + " failed: " + e.getMessage();
        }
        return failed[0];
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
        if (leases.finish(action.id(), ActionState.QUEUED, message)) {
            publish(action, ActionState.QUEUED, message);
        }
        timer.schedule(() -> schedule(action.applyRunId()), PRODUCER_RECHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publish(ActionRecord action, ActionState state, String message) {
        events.publishEvent(new ActionProgressed(
                action.applyRunId(), action.id(), action.componentId(), action.kind(), state, message));
    }

    /**
     * Stops taking work and interrupts the actions under way, then hands their leases and the runs it drove back,
     * so that another instance (or the next start) resumes them at once with the same idempotency tokens. If that
     * fails, they are taken over when the leases expire, as after a crash.
     */
    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        heartbeat.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
            leases.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn(
                    "Instance {} could not hand back its leases: {}",
                    leases.instance().id(),
                    e.toString());
        }
    }
}
