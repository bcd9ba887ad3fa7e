package dev.gantry.discovery;

import dev.gantry.GantryException;
import java.util.UUID;

/** No discovery of that id (or it finished long enough ago to be forgotten). */
public class UnknownDiscoveryException extends GantryException {

    public UnknownDiscoveryException(UUID id) {
        super(Kind.NOT_FOUND, "unknown-discovery", "Unknown discovery", "No discovery " + id);
    }
}
