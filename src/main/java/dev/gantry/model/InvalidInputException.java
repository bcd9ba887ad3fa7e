package dev.gantry.model;

/**
 * Input that breaks one of Gantry's limits (too long, a control character, a number that is not finite or out
 * of range); names the field so that an API client or a form can point at it. Nothing is changed.
 */
public class InvalidInputException extends ModelException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field (or JSON pointer-like path, {@code properties/CidrBlock}) that was refused. */
    public String field() {
        return field;
    }
}
