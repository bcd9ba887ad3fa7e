package dev.gantry.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An apply run as a user follows it: its actions with their states and errors, and where it stands.
 *
 * @param status {@code running} while anything is queued or running and can proceed, {@code waiting} when
 *               what is left waits on a failure or a hold, {@code succeeded} when every action succeeded
 */
public record ApplyRunView(UUID id, UUID changeSetId, String title, String createdBy, Instant createdAt,
                           Instant finishedAt, String status, List<ActionRecord> actions) {

    public ApplyRunView {
        actions = List.copyOf(actions);
    }
}
