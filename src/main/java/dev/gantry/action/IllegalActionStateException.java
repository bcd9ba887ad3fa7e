package dev.gantry.action;

/** The user asked for something the action's state does not allow (retry a running action, say). */
public class IllegalActionStateException extends RuntimeException {

    public IllegalActionStateException(String message) {
        super(message);
    }

    public IllegalActionStateException(ActionRecord action, String what) {
        super("Cannot " + what + " the " + action.kind().name().toLowerCase() + " of " + action.componentName()
                + ": it is " + action.state().name().toLowerCase().replace('_', ' '));
    }
}
