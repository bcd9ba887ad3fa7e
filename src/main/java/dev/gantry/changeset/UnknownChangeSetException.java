package dev.gantry.changeset;

import dev.gantry.GantryException;

/** No change set with that id in the workspace. */
public class UnknownChangeSetException extends GantryException {

    public UnknownChangeSetException(String message) {
        super(Kind.NOT_FOUND, "unknown-change-set", "Unknown change set", message);
    }
}
