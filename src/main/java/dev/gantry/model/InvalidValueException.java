package dev.gantry.model;

import dev.gantry.GantryException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A property value the catalogue's rules refuse; names the property, the rule and the value. */
public class InvalidValueException extends GantryException {

    private final String property;
    private final String rule;
    private final transient JsonNode value;

    public InvalidValueException(String property, String rule, JsonNode value, String detail) {
        super(
                Kind.INVALID,
                "invalid-value",
                "Invalid value",
                "Invalid value " + value + " for property '" + property + "': " + detail + " (rule: " + rule + ")");
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

    /** The property, the rule and the refused value, as members of the problem body. */
    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("property", property);
        details.put("rule", rule);
        details.put("value", value);
        return details;
    }
}
