package dev.gantry.security;

import dev.gantry.GantryException;

/** A username, password, role or token name that cannot be taken; nothing was changed. */
public class InvalidAccountInputException extends GantryException {

    public InvalidAccountInputException(String message) {
        super(Kind.BAD_REQUEST, "invalid-input", "Invalid input", message);
    }
}
