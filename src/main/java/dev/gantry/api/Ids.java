package dev.gantry.api;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.model.ComponentId;
import java.util.UUID;

/** Path and body ids as the services take them; a malformed id is the caller's error (400). */
final class Ids {

    private Ids() {}

    static ChangeSetId changeSet(String text) {
        try {
            return ChangeSetId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is neither 'head' nor a change set id");
        }
    }

    static ComponentId component(String text) {
        try {
            return ComponentId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a component id");
        }
    }

    static ComponentId component(UUID id) {
        return id == null ? null : new ComponentId(id);
    }
}
