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
    /** A refresh found it gone from the cloud. */
    MISSING,
    /** The last action on it failed; the message says why. */
    FAILED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code ok}, {@code missing} or {@code failed}, in any case; anything else is refused. */
    @JsonCreator
    public static ResourceStatus parse(String label) {
        return find(label).orElseThrow(() -> new IllegalArgumentException("Unknown resource status '" + label
                + "': use ok, missing or failed"));
    }

    public static Optional<ResourceStatus> find(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(label)).findFirst();
    }
}
