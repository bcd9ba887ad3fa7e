package dev.gantry.image;

/** No such image push. */
public class UnknownPushException extends RuntimeException {

    public UnknownPushException(String message) {
        super(message);
    }
}
