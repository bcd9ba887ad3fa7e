package dev.gantry.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An action of an apply run as persisted: what it does, where it is, and what the cloud said. */
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
        Instant finishedAt) {

    public ActionRecord {
        dependsOn = List.copyOf(dependsOn);
    }
}
