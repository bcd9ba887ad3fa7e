package dev.gantry.model;

/**
 * A connection that feeds an input: drawn by the user (explicit) or derived from frames (implicit), with the
 * sentence a user reads to understand why it exists.
 */
public record Connection(ComponentId from, String output, ComponentId to, String input, Kind kind, String explanation) {

    public enum Kind {
        EXPLICIT,
        IMPLICIT
    }

    public boolean implicit() {
        return kind == Kind.IMPLICIT;
    }
}
