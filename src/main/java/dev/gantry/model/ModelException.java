package dev.gantry.model;

/** A user's edit that the model refuses; the message is meant for that user. Nothing is changed. */
public class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }
}
