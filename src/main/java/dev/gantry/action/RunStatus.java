package dev.gantry.action;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an apply run stands, as a user follows it; in JSON and in the UI by its lower-case label. */
public enum RunStatus {
    /** Something is queued or running and can proceed. */
    RUNNING,
    /** What is left waits on a failed or held action: the user's move (retry, release, remove). */
    WAITING,
    /** Every action succeeded. */
    SUCCEEDED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
