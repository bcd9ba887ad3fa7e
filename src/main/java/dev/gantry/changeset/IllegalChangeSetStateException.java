package dev.gantry.changeset;

/** The operation does not fit the change set's status (editing an applied one, approving an open one). */
public class IllegalChangeSetStateException extends RuntimeException {

    public IllegalChangeSetStateException(String message) {
        super(message);
    }
}
