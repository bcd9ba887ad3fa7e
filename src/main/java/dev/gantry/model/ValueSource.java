package dev.gantry.model;

import java.util.List;

/**
 * Where a resolved property value came from, in precedence order manual > explicit > implicit > default.
 * {@link Kind#PENDING} means connections exist but their upstream value does not yet (an ARN before apply).
 */
public record ValueSource(Kind kind, List<Connection> connections) {

    public enum Kind {
        MANUAL,
        EXPLICIT,
        IMPLICIT,
        PENDING,
        DEFAULT
    }

    public ValueSource {
        connections = List.copyOf(connections);
    }

    public static final ValueSource MANUAL = new ValueSource(Kind.MANUAL, List.of());
}
