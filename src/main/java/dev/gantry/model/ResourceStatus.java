package dev.gantry.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the last action made of a component's resource; in JSON and storage by its lower-case label. */
public enum ResourceStatus {
    /** Created, updated or refreshed: the cloud has it as recorded. */
    OK,
    /**
     * The create call answered with the resource's identifier and Gantry is still setting it up (tags, attributes,
     * rules); a failed follow-up leaves it so (with {@link #FAILED}'s message on top), and retry or delete go on.
     */
    CREATING,
    /** A refresh found it gone from the cloud. */
    MISSING,
    /** The last action on it failed; the message says why. */
    FAILED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code ok}, {@code creating}, {@code missing} or {@code failed}, in any case; anything else is refused. */
    @JsonCreator
    public static ResourceStatus parse(String label) {
        return find(label)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown resource status '" + label + "': use ok, creating, missing or failed"));
    }

    public static Optional<ResourceStatus> find(String label) {
        return Arrays.stream(values())
                .filter(s -> s.label().equalsIgnoreCase(label))
                .findFirst();
    }
}
