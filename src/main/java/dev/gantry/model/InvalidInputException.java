package dev.gantry.model;

import dev.gantry.GantryException;
import java.util.Map;

/**
 * Input that breaks one of Gantry's limits (too long, a control character, a number that is not finite or out
 * of range); names the field so that an API client or a form can point at it. Nothing is changed.
 */
public class InvalidInputException extends GantryException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(Kind.BAD_REQUEST, "invalid-input", "Invalid input", message);
        this.field = field;
    }

    /** The request field (or property path, {@code properties.CidrBlock}) that was refused. */
    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", field);
    }
}
