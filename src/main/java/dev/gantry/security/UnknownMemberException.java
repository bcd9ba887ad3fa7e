package dev.gantry.security;

import dev.gantry.GantryException;

/** No member (or no token of yours) by that name or id. */
public class UnknownMemberException extends GantryException {

    public UnknownMemberException(String what) {
        super(Kind.NOT_FOUND, "unknown-member", "Unknown member or token", "No member " + what + " in this workspace");
    }

    UnknownMemberException(String message, boolean verbatim) {
        super(Kind.NOT_FOUND, "unknown-member", "Unknown member or token", message);
    }
}
