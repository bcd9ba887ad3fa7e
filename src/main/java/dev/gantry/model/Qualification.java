package dev.gantry.model;

/** One finding about a component; qualifications never block apply, the reviewer sees them. */
public record Qualification(Severity severity, String check, String subject, String message) {

    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }
}
