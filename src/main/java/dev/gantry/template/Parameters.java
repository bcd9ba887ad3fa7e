package dev.gantry.template;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A template's parameters: a {@code Ref} to one with a {@code Default} becomes that value (a number for
 * {@code Number}, a list for {@code CommaDelimitedList} and {@code List<...>}); one without a default has no value
 * a diagram could hold.
 */
final class Parameters {

    private final JsonNode section;

    Parameters(JsonNode section) {
        this.section = section;
    }

    boolean has(String name) {
        return section.has(name);
    }

    boolean secret(String name) {
        return section.path(name).path("NoEcho").asBoolean(false)
                || "true".equalsIgnoreCase(section.path(name).path("NoEcho").asString(""));
    }

    /** The default as the parameter's type reads it, or null when there is none. */
    @Nullable
    JsonNode value(String name) {
        JsonNode parameter = section.path(name);
        JsonNode value = parameter.get("Default");
        if (value == null || value.isNull()) {
            return null;
        }
        String type = parameter.path("Type").asString("String");
        if (type.equals("Number") && value.isString()) {
            try {
                java.math.BigDecimal number =
                        new java.math.BigDecimal(value.asString().strip());
                return number.stripTrailingZeros().scale() <= 0
                        ? JsonNodeFactory.instance.numberNode(number.longValueExact())
                        : JsonNodeFactory.instance.numberNode(number);
            } catch (NumberFormatException | ArithmeticException e) {
                return value;
            }
        }
        if ((type.equals("CommaDelimitedList") || type.startsWith("List<")) && value.isString()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (String item : value.asString().split(",", -1)) {
                list.add(item.strip());
            }
            return list;
        }
        return value;
    }
}
