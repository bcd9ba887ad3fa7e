package dev.gantry.action;

/** Where an action is. Persisted before and after every cloud call. */
public enum ActionState {
    /** Waiting for its turn: its dependencies have not all succeeded yet, or a worker is not free. */
    QUEUED,
    /**
     * A cloud call is under way on the instance holding its lease (or was, when that instance stopped: another
     * instance takes it over once the lease expires, a restart with the embedded database at once).
     */
    RUNNING,
    SUCCEEDED,
    /** The cloud refused; its dependants keep waiting until it is retried or removed. */
    FAILED,
    /** Held by the user: it and its dependants wait until released. */
    ON_HOLD,
    /** Removed by a user before it succeeded (recorded with who); its dependants no longer wait for it. */
    REMOVED
}
