package dev.gantry.changeset;

import dev.gantry.GantryException;

/** The operation does not fit the change set's status (editing an applied one, approving an open one). */
public class IllegalChangeSetStateException extends GantryException {

    public IllegalChangeSetStateException(String message) {
        super(Kind.CONFLICT, "illegal-state", "Not possible in this state", message);
    }
}
