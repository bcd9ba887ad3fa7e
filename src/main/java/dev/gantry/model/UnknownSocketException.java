package dev.gantry.model;

/** A socket name the component's asset does not have. */
public class UnknownSocketException extends ModelException {

    public UnknownSocketException(String message) {
        super(message);
    }
}
