package dev.gantry.changeset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A change set's identity; {@link #HEAD} names the applied model, where an edit lands in a new change set. */
public record ChangeSetId(UUID value) {

    public static final ChangeSetId HEAD = new ChangeSetId(new UUID(0, 0));

    public ChangeSetId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ChangeSetId parse(String text) {
        return "head".equalsIgnoreCase(text) ? HEAD : new ChangeSetId(UUID.fromString(text));
    }

    public boolean isHead() {
        return equals(HEAD);
    }

    @JsonValue
    @Override
    public String toString() {
        return isHead() ? "head" : value.toString();
    }
}
