package dev.gantry.image;

/** The local Docker engine has no such image. */
public class UnknownImageException extends RuntimeException {

    public UnknownImageException(String message) {
        super(message);
    }
}
