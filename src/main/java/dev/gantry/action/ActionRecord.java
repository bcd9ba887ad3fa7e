package dev.gantry.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action of an apply run as persisted: what it does, where it is, and what the cloud said.
 *
 * @param instance      the Gantry instance that ran it last (or runs it now); null while it never ran
 * @param takenOverFrom the instance that was running it when it stopped renewing its lease (it died or lost the
 *                      database), after which {@code instance} ran it again with the same idempotency token
 */
public record ActionRecord(
        UUID id,
        UUID applyRunId,
        int position,
        ActionKind kind,
        ActionState state,
        UUID componentId,
        String componentName,
        String resourceType,
        List<UUID> dependsOn,
        String idempotencyToken,
        int attempts,
        String message,
        Instant startedAt,
        Instant finishedAt,
        @Nullable String instance,
        @Nullable String takenOverFrom) {

    public ActionRecord {
        dependsOn = List.copyOf(dependsOn);
    }
}
