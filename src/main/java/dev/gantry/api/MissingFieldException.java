package dev.gantry.api;

import dev.gantry.GantryException;
import java.util.Map;

/** A request body without a field the request needs; answered 400 with the field's name. */
class MissingFieldException extends GantryException {

    private final String field;

    MissingFieldException(String field) {
        super(Kind.BAD_REQUEST, "missing-field", "Missing field", "The request body needs `" + field + "`");
        this.field = field;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", field, "pointer", "/" + field);
    }
}
