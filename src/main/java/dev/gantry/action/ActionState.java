package dev.gantry.action;

/** Where an action is. Persisted before and after every cloud call. */
public enum ActionState {
    /** Waiting for its turn: its dependencies have not all succeeded yet, or a worker is not free. */
    QUEUED,
    /** A cloud call is under way (or was, when the process stopped: it is resumed on start). */
    RUNNING,
    SUCCEEDED,
    /** The cloud refused; its dependants keep waiting until it is retried or removed. */
    FAILED,
    /** Held by the user: it and its dependants wait until released. */
    ON_HOLD,
    /** Removed by a user before it succeeded (recorded with who); its dependants no longer wait for it. */
    REMOVED
}
