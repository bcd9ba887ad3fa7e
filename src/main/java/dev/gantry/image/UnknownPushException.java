package dev.gantry.image;

import dev.gantry.GantryException;

/** No such image push. */
public class UnknownPushException extends GantryException {

    public UnknownPushException(String message) {
        super(Kind.NOT_FOUND, "unknown-push", "Unknown image push", message);
    }
}
