package dev.gantry.security;

import dev.gantry.GantryException;

/** A membership change that would leave the workspace in a state it must not be in (no owner, a duplicate). */
public class MembershipConflictException extends GantryException {

    public MembershipConflictException(String message) {
        super(Kind.CONFLICT, "membership-conflict", "Not possible for this membership", message);
    }
}
