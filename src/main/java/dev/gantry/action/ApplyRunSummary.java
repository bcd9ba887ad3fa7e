package dev.gantry.action;

import java.time.Instant;
import java.util.UUID;

/** An apply run's own row: what was applied, by whom, when. */
record ApplyRunSummary(
        UUID id, UUID changeSetId, String title, String createdBy, Instant createdAt, Instant finishedAt) {}
