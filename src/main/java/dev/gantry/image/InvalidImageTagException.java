package dev.gantry.image;

import dev.gantry.GantryException;

/** A tag Docker would refuse; reported as the bad request it always was. */
public class InvalidImageTagException extends GantryException {

    public InvalidImageTagException(String message) {
        super(Kind.BAD_REQUEST, "bad-request", "Bad request", message);
    }
}
