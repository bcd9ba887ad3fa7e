package dev.gantry.model;

import dev.gantry.GantryException;

/** An edit that makes no sense for the component (a cycle of frames, an unknown type). */
public class InvalidEditException extends GantryException {

    public InvalidEditException(String message) {
        super(Kind.INVALID, "invalid-edit", "Edit refused", message);
    }
}
