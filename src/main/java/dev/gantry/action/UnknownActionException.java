package dev.gantry.action;

import dev.gantry.GantryException;
import java.util.UUID;

/** The user named an apply run or action that does not exist (any more). */
public class UnknownActionException extends GantryException {

    public UnknownActionException(UUID actionId) {
        super(Kind.NOT_FOUND, "unknown-action", "Unknown apply run or action", "No apply run or action " + actionId);
    }
}
