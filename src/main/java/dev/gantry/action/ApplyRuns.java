package dev.gantry.action;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starting and steering apply runs: the plan is persisted with every action queued, then the engine takes
 * over. Retry, hold, release and remove are the user's levers on a run that stopped at a failure.
 */
class ApplyRuns {

    private static final Logger log = LoggerFactory.getLogger(ApplyRuns.class);

    private final ActionStore store;
    private final ApplyEngine engine;

    ApplyRuns(ActionStore store, ApplyEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    UUID start(UUID changeSetId, ActionPlan plan, String title, String user, Map<UUID, String> deletedResources) {
        UUID runId = UUID.randomUUID();
        store.insertRun(runId, changeSetId, title, user, plan, deletedResources);
        engine.drive(runId);
        log.info(
                "Apply run {} queued by {}: {} ({} action(s), change set {})",
                runId,
                user,
                title,
                plan.actions().size(),
                changeSetId);
        scheduleAfterCommit(runId);
        return runId;
    }

    /**
     * Inside a transaction (apply's merge and run are one), the engine sees the run only once it is committed:
     * scheduled earlier, its workers would read rows that a rollback may still take back.
     */
    private void scheduleAfterCommit(UUID runId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            engine.schedule(runId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                engine.schedule(runId);
            }
        });
    }

    List<ActionRecord> actions(UUID runId) {
        return store.actions(runId);
    }

    /** A failed action is queued again; its dependants follow once it succeeds. */
    void retry(UUID actionId) {
        move(actionId, ActionState.FAILED, ActionState.QUEUED, "retry");
    }

    /** A queued (or failed) action and its dependants wait until released. */
    void hold(UUID actionId) {
        ActionRecord action = store.action(actionId);
        move(
                actionId,
                action.state() == ActionState.FAILED ? ActionState.FAILED : ActionState.QUEUED,
                ActionState.ON_HOLD,
                "hold");
    }

    void release(UUID actionId) {
        move(actionId, ActionState.ON_HOLD, ActionState.QUEUED, "release");
    }

    /** Marks an action that has not run to completion removed; its dependants no longer wait for it. */
    void remove(UUID actionId, String by) {
        ActionRecord action = store.action(actionId);
        if (action.state() == ActionState.SUCCEEDED) {
            throw new IllegalActionStateException(
                    "Cannot remove the " + action.kind().name().toLowerCase() + " of " + action.componentName()
                            + ": it succeeded, and the history of a run is never rewritten");
        }
        if (!store.remove(actionId, by)) {
            throw new IllegalActionStateException(action, "remove");
        }
        store.reopenRun(action.applyRunId());
        engine.drive(action.applyRunId());
        engine.schedule(action.applyRunId());
    }

    private void move(UUID actionId, ActionState from, ActionState to, String what) {
        ActionRecord action = store.action(actionId);
        if (!store.transition(actionId, from, to, null)) {
            throw new IllegalActionStateException(action, what);
        }
        store.reopenRun(action.applyRunId());
        engine.drive(action.applyRunId());
        engine.schedule(action.applyRunId());
    }
}
