package dev.gantry.action;

import dev.gantry.GantryException;

/** The user asked for something the action's state does not allow (retry a running action, say). */
public class IllegalActionStateException extends GantryException {

    public IllegalActionStateException(String message) {
        super(Kind.CONFLICT, "illegal-action-state", "Not possible in this state", message);
    }

    public IllegalActionStateException(ActionRecord action, String what) {
        this("Cannot " + what + " the " + action.kind().name().toLowerCase() + " of " + action.componentName()
                + ": it is " + action.state().name().toLowerCase().replace('_', ' '));
    }
}
