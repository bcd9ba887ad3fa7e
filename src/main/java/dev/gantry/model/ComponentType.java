package dev.gantry.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a component takes part in frames: a plain box, or a frame feeding down or collecting up. */
public enum ComponentType {
    COMPONENT("component"),
    /** Its outputs feed the matching inputs of the components inside it. */
    DOWN_FRAME("down frame"),
    /** Its inputs collect the matching outputs of the components inside it. */
    UP_FRAME("up frame");

    private final String label;

    ComponentType(String label) {
        this.label = label;
    }

    /** How users, the API's JSON and the guides spell it: {@code down frame}. */
    @JsonValue
    public String label() {
        return label;
    }

    public boolean isFrame() {
        return this != COMPONENT;
    }

    /** Accepts the spellings the guides use too: "Down Frame", "Configuration Frame (down)", "Frame Up". */
    public static ComponentType parse(String text) {
        String t = text == null
                ? ""
                : text.toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        if (t.equals("component")) {
            return COMPONENT;
        }
        if (t.contains("frame") && t.contains("down")) {
            return DOWN_FRAME;
        }
        if (t.contains("frame") && t.contains("up")) {
            return UP_FRAME;
        }
        throw new InvalidEditException(
                "Unknown component type '" + text + "': use 'component', 'down frame' or 'up frame'");
    }
}
