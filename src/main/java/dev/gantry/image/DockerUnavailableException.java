package dev.gantry.image;

/** No Docker engine answers where Gantry looks for one: pushing needs a local Docker Engine API. */
public class DockerUnavailableException extends RuntimeException {

    public DockerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
