package dev.gantry.model;

/** A component id that the change set does not hold. */
public class UnknownComponentException extends ModelException {

    public UnknownComponentException(String message) {
        super(message);
    }
}
