package dev.gantry.model;

import dev.gantry.GantryException;

/** A component id that the change set does not hold. */
public class UnknownComponentException extends GantryException {

    public UnknownComponentException(String message) {
        super(Kind.NOT_FOUND, "unknown-component", "Unknown component", message);
    }
}
