package dev.gantry.changeset;

/** No change set with that id in the workspace. */
public class UnknownChangeSetException extends RuntimeException {

    public UnknownChangeSetException(String message) {
        super(message);
    }
}
