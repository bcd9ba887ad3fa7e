package dev.gantry.image;

import dev.gantry.GantryException;

/** No Docker engine answers where Gantry looks for one: pushing needs a local Docker Engine API. */
public class DockerUnavailableException extends GantryException {

    public DockerUnavailableException(String message, Throwable cause) {
        super(Kind.UNAVAILABLE, "no-docker-engine", "No Docker engine", message, cause);
    }
}
