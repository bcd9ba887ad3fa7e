package dev.gantry.security;

/** A membership change that would leave the workspace in a state it must not be in (no owner, a duplicate). */
public class MembershipConflictException extends RuntimeException {

    public MembershipConflictException(String message) {
        super(message);
    }
}
