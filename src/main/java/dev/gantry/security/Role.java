package dev.gantry.security;

import java.util.Locale;

/**
 * A member's role in a workspace, weakest first. Each role can do what the ones before it can: a viewer reads,
 * a collaborator models and requests approval, an approver approves others' change sets and applies, an owner
 * also manages members and settings.
 */
public enum Role {
    VIEWER,
    COLLABORATOR,
    APPROVER,
    OWNER;

    /** The Spring Security authority this role grants ({@code ROLE_OWNER}). */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public boolean canApprove() {
        return atLeast(APPROVER);
    }

    /** Case-insensitive, so the API and IdP group mappings may say {@code approver} or {@code Approver}. */
    public static Role parse(String text) {
        if (text == null) {
            throw new InvalidAccountInputException("A role is required: one of viewer, collaborator, approver, owner");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAccountInputException(
                    "Unknown role '" + text + "': one of viewer, collaborator, approver, owner");
        }
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
