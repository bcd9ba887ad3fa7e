package dev.gantry.model;

import dev.gantry.GantryException;

/** An output that does not fit the input by the catalogue's matching rule. */
public class IncompatibleSocketsException extends GantryException {

    public IncompatibleSocketsException(String message) {
        super(Kind.INVALID, "incompatible-sockets", "Incompatible sockets", message);
    }
}
