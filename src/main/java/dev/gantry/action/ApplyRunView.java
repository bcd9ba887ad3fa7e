package dev.gantry.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An apply run as a user follows it: its actions with their states and errors, and where it stands.
 *
 * @param status {@link RunStatus}: running, waiting (on a failure or a hold) or succeeded
 */
public record ApplyRunView(UUID id, UUID changeSetId, String title, String createdBy, Instant createdAt,
                           Instant finishedAt, RunStatus status, List<ActionRecord> actions) {

    public ApplyRunView {
        actions = List.copyOf(actions);
    }
}
