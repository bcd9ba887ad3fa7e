package dev.gantry.changeset;

import org.springframework.stereotype.Component;

/**
 * Who is acting. Until sign-in exists this is the configured default user ({@code gantry.default-user}), and a
 * single-user workspace may approve its own change sets.
 */
@Component
public class ActingUser {

    private final String name;

    ActingUser(UserProperties properties) {
        this.name = properties.defaultUser();
    }

    /** The acting user's name, as recorded in the audit trail and on change sets and apply runs. */
    public String name() {
        return name;
    }
}
