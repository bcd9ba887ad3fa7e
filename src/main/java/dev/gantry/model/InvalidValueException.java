package dev.gantry.model;

import tools.jackson.databind.JsonNode;

/** A property value the catalogue's rules refuse; names the property, the rule and the value. */
public class InvalidValueException extends ModelException {

    private final String property;
    private final String rule;
    private final transient JsonNode value;

    public InvalidValueException(String property, String rule, JsonNode value, String detail) {
        super("Invalid value " + value + " for property '" + property + "': " + detail + " (rule: " + rule + ")");
        this.property = property;
        this.rule = rule;
        this.value = value;
    }

    public String property() {
        return property;
    }

    public String rule() {
        return rule;
    }

    public JsonNode value() {
        return value;
    }
}
