package dev.gantry.security;

/** No member (or no token of yours) by that name or id. */
public class UnknownMemberException extends RuntimeException {

    public UnknownMemberException(String what) {
        super("No member " + what + " in this workspace");
    }

    UnknownMemberException(String message, boolean verbatim) {
        super(message);
    }
}
