package dev.gantry.image;

import dev.gantry.GantryException;

/** The local Docker engine has no such image. */
public class UnknownImageException extends GantryException {

    public UnknownImageException(String message) {
        super(Kind.INVALID, "unknown-image", "Unknown image", message);
    }
}
