package dev.gantry.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The identity of a component, stable across change sets, HEAD and the cloud tags Gantry writes. */
public record ComponentId(UUID value) {

    public ComponentId {
        Objects.requireNonNull(value, "value");
    }

    public static ComponentId random() {
        return new ComponentId(UUID.randomUUID());
    }

    @JsonCreator
    public static ComponentId parse(String text) {
        return new ComponentId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
