package dev.gantry.changeset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is acting. Until sign-in exists this is the configured default user ({@code gantry.default-user}), and a
 * single-user workspace may approve its own change sets.
 */
@Component
class ActingUser {

    private final String name;

    ActingUser(@Value("${gantry.default-user:gantry}") String name) {
        this.name = name;
    }

    String name() {
        return name;
    }
}
