package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One mutation: who, when, in which change set (null for HEAD), what, before and after. */
public record AuditEntryView(
        long id,
        ChangeSetId changeSetId,
        String actor,
        Instant at,
        String action,
        ComponentId componentId,
        JsonNode before,
        JsonNode after) {}
