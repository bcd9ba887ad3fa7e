package dev.gantry.action;

import java.util.UUID;

/** The user named an action that does not exist (any more). */
public class ActionNotFoundException extends RuntimeException {

    public ActionNotFoundException(UUID actionId) {
        super("No apply run or action " + actionId);
    }
}
