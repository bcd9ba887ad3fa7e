package dev.gantry.action;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an apply run stands, as a user follows it; in JSON and in the UI by its lower-case label. */
public enum RunStatus {
    /** Something is queued or running and can proceed. */
    RUNNING,
    /** Every action succeeded. */
    SUCCEEDED,
    /** Stopped: what is left waits on a failed action (retry or remove it). */
    FAILED,
    /** Stopped: what is left waits only on actions the user holds (release or remove them). */
    HELD;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
