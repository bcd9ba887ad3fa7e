package dev.gantry.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An apply run as a user follows it: its actions with their states and errors, and where it stands.
 *
 * @param status     {@link RunStatus}: running while anything can proceed, succeeded, or stopped: failed (what is left
 *                   waits on a failed action) or held (it waits only on holds)
 * @param summary    for a stopped run, what is left and what to do next ("failed: 1 action failed, 3 held. Fix the
 *                   cause and retry…"); null while running
 * @param finishedAt when the run stopped (succeeded, failed or held); null again once a retry or release resumes it
 */
public record ApplyRunView(
        UUID id,
        UUID changeSetId,
        String title,
        String createdBy,
        Instant createdAt,
        @Nullable Instant finishedAt,
        RunStatus status,
        @Nullable String summary,
        List<ActionRecord> actions) {

    public ApplyRunView {
        actions = List.copyOf(actions);
    }
}
