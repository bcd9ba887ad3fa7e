package dev.gantry.action;

import dev.gantry.changeset.GantryInstance;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this instance holds among the instances sharing the database: a lease on each action it runs and on each
 * run it drives, renewed by {@link #renew()} every third of the lease timeout.
 *
 * <p>Why an action never runs on two instances at once: a claim moves it from queued to running with this
 * instance as owner in one statement, so only one instance can win it; another instance queues it again only
 * after the lease has expired by PostgreSQL's clock; and before that can happen the owner gives up by itself
 * ({@link #fenceIfStale()}): an instance that could not renew for five sixths of the timeout interrupts the cloud
 * calls it is making and records none of their outcomes (outcomes are also written only while the lease is still
 * ours). The new owner repeats the call with the same idempotency token, so even a call that the interrupt came
 * too late for creates nothing twice.
 */
class ActionLeases {

    private static final Logger log = LoggerFactory.getLogger(ActionLeases.class);

    private final LeaseStore store;
    private final GantryInstance instance;
    private final Duration timeout;
    private final Map<UUID, Future<?>> running = new ConcurrentHashMap<>();
    private volatile long lastRenewed = System.nanoTime();

    ActionLeases(LeaseStore store, GantryInstance instance, Duration timeout) {
        this.store = store;
        this.instance = instance;
        this.timeout = timeout;
    }

    GantryInstance instance() {
        return instance;
    }

    /**
     * Claims the queued action for this instance. The caller then hands over the work it has not started yet
     * ({@link #running}): a heartbeat only checks leases whose claim has committed.
     */
    boolean claim(ActionRecord action) {
        return store.claim(action.id(), instance.bootToken(), instance.id(), timeout);
    }

    void running(UUID actionId, Future<?> work) {
        running.put(actionId, work);
    }

    /** Whether the action's lease is still ours: its outcome may be recorded. */
    boolean holds(UUID actionId) {
        return running.containsKey(actionId);
    }

    /** Records the outcome and lets the lease go; false when the lease was no longer ours. */
    boolean finish(UUID actionId, ActionState outcome, String message) {
        running.remove(actionId);
        return store.finish(actionId, instance.bootToken(), outcome, message);
    }

    /** A run this instance starts or reopens is driven by it. */
    void drive(UUID runId) {
        store.drive(runId, instance.bootToken(), timeout);
    }

    /** The heartbeat. An action missing from what was renewed was taken over while we could not renew: let go. */
    void renew() {
        long started = System.nanoTime();
        Set<UUID> held = Set.copyOf(running.keySet());
        Set<UUID> renewed = Set.copyOf(store.renew(instance.bootToken(), held, timeout));
        lastRenewed = started;
        held.stream().filter(id -> !renewed.contains(id)).forEach(id -> letGo(id, "it was taken over"));
    }

    /**
     * Runs without I/O, so it works while the database does not answer. A lease renewed by a statement that
     * started at {@code lastRenewed} expires no earlier than a lease timeout after it (PostgreSQL's clock starts
     * later still), so letting go a sixth of the timeout before that leaves time to interrupt the calls before any
     * other instance may take them: two missed heartbeats are tolerated, a slow third one is not.
     */
    void fenceIfStale() {
        Duration silent = Duration.ofNanos(System.nanoTime() - lastRenewed);
        if (silent.compareTo(timeout.minus(timeout.dividedBy(6))) > 0 && !running.isEmpty()) {
            running.keySet()
                    .forEach(id -> letGo(id, "its lease could not be renewed for " + silent.toSeconds() + " s"));
        }
    }

    /**
     * Takes over what other instances stopped renewing: their running actions go back to the queue and their runs
     * become ours. Answers the runs to schedule: those adopted and those this instance drives.
     */
    Set<UUID> takeOver() {
        for (LeaseStore.TakenOver taken : store.requeueExpired()) {
            log.warn(
                    "Apply run {}: action {} taken over from instance {}, whose lease expired; it runs again with "
                            + "the same idempotency token",
                    taken.runId(),
                    taken.actionId(),
                    taken.fromInstance());
        }
        List<UUID> adopted = store.adoptOrphans(instance.bootToken(), timeout);
        if (!adopted.isEmpty()) {
            log.info("Instance {} now drives apply run(s) {}", instance.id(), adopted);
        }
        Set<UUID> runs = new LinkedHashSet<>(adopted);
        runs.addAll(store.drivenBy(instance.bootToken()));
        return runs;
    }

    /** On a graceful stop, after the workers have stopped: hands every lease back for another instance. */
    void release() {
        int handedBack = store.release(instance.bootToken(), instance.id());
        running.clear();
        if (handedBack > 0) {
            log.info("Instance {} handed back {} running action(s) as it stopped", instance.id(), handedBack);
        }
    }

    /** With the embedded database nobody else can hold a lease: whatever was running died with the last process. */
    int requeueAllRunning() {
        return store.requeueAllRunning();
    }

    private void letGo(UUID actionId, String why) {
        Future<?> work = running.remove(actionId);
        if (work != null) {
            log.warn(
                    "Instance {} lets go of action {}: {}; its cloud call is interrupted",
                    instance.id(),
                    actionId,
                    why);
            work.cancel(true);
        }
    }
}
