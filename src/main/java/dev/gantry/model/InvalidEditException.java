package dev.gantry.model;

/** An edit that makes no sense for the component (a cycle of frames, an unknown type). */
public class InvalidEditException extends ModelException {

    public InvalidEditException(String message) {
        super(message);
    }
}
