package dev.gantry.model;

import dev.gantry.GantryException;

/** A socket name the component's asset does not have. */
public class UnknownSocketException extends GantryException {

    public UnknownSocketException(String message) {
        super(Kind.BAD_REQUEST, "unknown-socket", "Unknown socket", message);
    }
}
