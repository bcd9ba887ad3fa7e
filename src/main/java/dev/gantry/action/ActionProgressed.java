package dev.gantry.action;

import java.util.UUID;

/** Published whenever an action changes state, so that views and API clients can follow an apply. */
public record ActionProgressed(
        UUID applyRunId, UUID actionId, UUID componentId, ActionKind kind, ActionState state, String message) {}
