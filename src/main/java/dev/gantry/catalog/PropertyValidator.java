package dev.gantry.catalog;

import dev.gantry.catalog.PropertyType.ArrayOf;
import dev.gantry.catalog.PropertyType.MapOf;
import dev.gantry.catalog.PropertyType.ObjectType;
import dev.gantry.catalog.PropertyType.OneOf;
import dev.gantry.catalog.PropertyType.Primitive;
import dev.gantry.catalog.PropertyType.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Checks a property's value against its kind and {@link ValueRules}, as deep as the type goes. Used by the model's
 * qualifications and the property editor. A string property takes a JSON string only: the AWS APIs Gantry calls
 * refuse a number where their schema says string ({@code GroupDescription: 5}, a matcher's {@code HttpCode: 200}).
 * Numeric and boolean properties still take their value as a string ("80", "true"), as the APIs do.
 */
public final class PropertyValidator {

    private static final int SHOWN_VALUE_LENGTH = 80;

    private PropertyValidator() {}

    /** Every rule the value breaks; empty when it is fine. A null or missing value only breaks {@code required}. */
    public static List<RuleViolation> validate(Property property, JsonNode value) {
        List<RuleViolation> violations = new ArrayList<>();
        check(property.name(), property, value, violations);
        return violations;
    }

    private static void check(String path, Property property, JsonNode value, List<RuleViolation> out) {
        if (isAbsent(value)) {
            if (property.required()) {
                out.add(new RuleViolation(path, "required", path + ": a value is required"));
            }
            return;
        }
        checkType(path, property.type(), property.rules(), value, out);
    }

    private static void checkType(
            String path, PropertyType type, ValueRules rules, JsonNode value, List<RuleViolation> out) {
        switch (type) {
            case Scalar scalar -> checkScalar(path, scalar.primitive(), rules, value, out);
            case ArrayOf array -> checkArray(path, array, rules, value, out);
            case MapOf map -> checkMap(path, map, value, out);
            case ObjectType object -> checkObject(path, object, value, out);
            case OneOf oneOf -> checkOneOf(path, oneOf, rules, value, out);
        }
    }

    private static void checkScalar(
            String path, Primitive primitive, ValueRules rules, JsonNode value, List<RuleViolation> out) {
        String kindError = kindError(primitive, value);
        if (kindError != null) {
            out.add(new RuleViolation(path, "type", path + ": " + show(value) + " is not " + kindError));
            return;
        }
        if (primitive != Primitive.JSON) {
            ScalarRules.check(path, rules, value, out);
        }
    }

    private static String kindError(Primitive primitive, JsonNode value) {
        return switch (primitive) {
            case STRING -> value.isString() ? null : "a string";
            case INTEGER ->
                value.isIntegralNumber() || value.isString() && value.asString().matches("-?\\d+")
                        ? null
                        : "an integer";
            case NUMBER -> value.isNumber() || value.isString() && isDecimal(value.asString()) ? null : "a number";
            case BOOLEAN ->
                value.isBoolean() || value.isString() && value.asString().matches("(?i)true|false")
                        ? null
                        : "a boolean (true or false)";
            case JSON -> null;
        };
    }

    private static void checkArray(
            String path, ArrayOf array, ValueRules rules, JsonNode value, List<RuleViolation> out) {
        if (!value.isArray()) {
            out.add(new RuleViolation(path, "type", path + ": " + show(value) + " is not a list"));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            checkType(path + "[" + i + "]", array.element(), rules, value.get(i), out);
        }
    }

    private static void checkMap(String path, MapOf map, JsonNode value, List<RuleViolation> out) {
        if (!value.isObject()) {
            out.add(new RuleViolation(path, "type", path + ": " + show(value) + " is not a map"));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            checkType(path + "." + entry.getKey(), map.value(), ValueRules.NONE, entry.getValue(), out);
        }
    }

    private static void checkObject(String path, ObjectType object, JsonNode value, List<RuleViolation> out) {
        if (!value.isObject()) {
            out.add(new RuleViolation(
                    path, "type", path + ": " + show(value) + " is not an object (" + object.typeName() + ")"));
            return;
        }
        for (Property child : object.properties().values()) {
            check(path + "." + child.name(), child, value.get(child.name()), out);
        }
        for (String key : value.propertyNames()) {
            if (!object.properties().containsKey(key)) {
                out.add(new RuleViolation(
                        path + "." + key,
                        "unknown",
                        path + ": " + object.typeName() + " has no property '" + key + "'"));
            }
        }
    }

    private static void checkOneOf(
            String path, OneOf oneOf, ValueRules rules, JsonNode value, List<RuleViolation> out) {
        for (PropertyType alternative : oneOf.alternatives()) {
            List<RuleViolation> attempt = new ArrayList<>();
            checkType(path, alternative, rules, value, attempt);
            if (attempt.isEmpty()) {
                return;
            }
        }
        out.add(new RuleViolation(path, "type", path + ": " + show(value) + " fits none of its allowed shapes"));
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    private static boolean isDecimal(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String show(JsonNode value) {
        String shown = value.isString() ? "'" + value.asString() + "'" : value.toString();
        return shown.length() > SHOWN_VALUE_LENGTH ? shown.substring(0, SHOWN_VALUE_LENGTH) + "…" : shown;
    }

    /** Enum, pattern, length and range checks on one scalar. */
    private static final class ScalarRules {

        static void check(String path, ValueRules rules, JsonNode value, List<RuleViolation> out) {
            String text = value.isString() ? value.asString() : value.toString();
            if (!rules.allowedValues().isEmpty() && !rules.allowedValues().contains(text)) {
                out.add(new RuleViolation(
                        path, "enum", path + ": " + show(value) + " is not one of " + rules.allowedValues()));
            }
            rules.pattern()
                    .filter(p -> !matches(p, text))
                    .ifPresent(p -> out.add(new RuleViolation(
                            path,
                            "pattern",
                            path + ": " + show(value)
                                    + KnownRules.format(p)
                                            .map(f -> " is not " + f)
                                            .orElse(" does not match pattern " + p))));
            rules.minLength()
                    .filter(min -> text.length() < min)
                    .ifPresent(min -> out.add(new RuleViolation(
                            path, "minLength", path + ": " + show(value) + " is shorter than " + min + " characters")));
            rules.maxLength()
                    .filter(max -> text.length() > max)
                    .ifPresent(max -> out.add(new RuleViolation(
                            path, "maxLength", path + ": " + show(value) + " is longer than " + max + " characters")));
            if (value.isNumber() || isDecimal(text)) {
                double number = Double.parseDouble(text);
                rules.minimum()
                        .filter(min -> number < min)
                        .ifPresent(min -> out.add(new RuleViolation(
                                path, "minimum", path + ": " + show(value) + " is below the minimum " + plain(min))));
                rules.maximum()
                        .filter(max -> number > max)
                        .ifPresent(max -> out.add(new RuleViolation(
                                path, "maximum", path + ": " + show(value) + " is above the maximum " + plain(max))));
            }
        }

        /** JSON Schema semantics: the pattern must be found in the value (anchors make it a full match). */
        private static boolean matches(String pattern, String text) {
            try {
                return Pattern.compile(pattern).matcher(text).find();
            } catch (PatternSyntaxException unusable) {
                return true;
            }
        }

        private static String plain(double number) {
            return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
        }
    }
}
