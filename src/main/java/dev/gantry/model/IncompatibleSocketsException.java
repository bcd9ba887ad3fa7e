package dev.gantry.model;

/** An output that does not fit the input by the catalogue's matching rule. */
public class IncompatibleSocketsException extends ModelException {

    public IncompatibleSocketsException(String message) {
        super(message);
    }
}
