package dev.gantry.action;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Starting and steering apply runs: the plan is persisted with every action queued, then the engine takes
 * over. Retry, hold, release and remove are the user's levers on a run that stopped at a failure.
 */
class ApplyRuns {

    private final ActionStore store;
    private final ApplyEngine engine;

    ApplyRuns(ActionStore store, ApplyEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    UUID start(UUID changeSetId, ActionPlan plan, String title, String user, Map<UUID, String> deletedResources) {
        UUID runId = UUID.randomUUID();
        store.insertRun(runId, changeSetId, title, user, plan, deletedResources);
        engine.schedule(runId);
        return runId;
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
        move(actionId, action.state() == ActionState.FAILED ? ActionState.FAILED : ActionState.QUEUED,
                ActionState.ON_HOLD, "hold");
    }

    void release(UUID actionId) {
        move(actionId, ActionState.ON_HOLD, ActionState.QUEUED, "release");
    }

    /** Drops an action that is not running; its dependants no longer wait for it. */
    void remove(UUID actionId) {
        ActionRecord action = store.action(actionId);
        if (!store.remove(actionId)) {
            throw new IllegalActionStateException(action, "remove");
        }
        store.reopenRun(action.applyRunId());
        engine.schedule(action.applyRunId());
    }

    private void move(UUID actionId, ActionState from, ActionState to, String what) {
        ActionRecord action = store.action(actionId);
        if (!store.transition(actionId, from, to, null)) {
            throw new IllegalActionStateException(action, what);
        }
        store.reopenRun(action.applyRunId());
        engine.schedule(action.applyRunId());
    }
}
