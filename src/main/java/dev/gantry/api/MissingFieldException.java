package dev.gantry.api;

/** A request body without a field the request needs; answered 400 with the field's name. */
class MissingFieldException extends RuntimeException {

    private final String field;

    MissingFieldException(String field) {
        super("The request body needs `" + field + "`");
        this.field = field;
    }

    String field() {
        return field;
    }
}
