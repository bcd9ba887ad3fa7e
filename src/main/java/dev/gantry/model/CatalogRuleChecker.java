package dev.gantry.model;

import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import dev.gantry.catalog.ValueRules;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks types, enums, patterns, lengths and bounds from the catalogue. Lenient where CloudFormation is
 * ({@code "80"} is an integer, {@code "TRUE"} a boolean), strict about shape (an object where a list belongs).
 */
public final class CatalogRuleChecker implements PropertyChecker {

    @Override
    public List<Violation> check(Property property, JsonNode value) {
        List<Violation> out = new ArrayList<>();
        check(property.name(), property.type(), property.rules(), value, out);
        return out;
    }

    private void check(String path, PropertyType type, ValueRules rules, JsonNode value, List<Violation> out) {
        if (value == null || value.isNull()) {
            return;
        }
        switch (type) {
            case PropertyType.Scalar s -> checkScalar(path, s.primitive(), rules, value, out);
            case PropertyType.ArrayOf a -> {
                if (!value.isArray()) {
                    out.add(new Violation("type", path, "expected a list"));
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(path + "[" + i + "]", a.element(), ValueRules.NONE, value.get(i), out);
                }
            }
            case PropertyType.MapOf m -> {
                if (!value.isObject()) {
                    out.add(new Violation("type", path, "expected an object"));
                    return;
                }
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    check(path + "." + e.getKey(), m.value(), ValueRules.NONE, e.getValue(), out);
                }
            }
            case PropertyType.ObjectType o -> checkObject(path, o, value, out);
            case PropertyType.OneOf one -> {
                boolean fits = one.alternatives().stream().anyMatch(alt -> {
                    List<Violation> trial = new ArrayList<>();
                    check(path, alt, rules, value, trial);
                    return trial.isEmpty();
                });
                if (!fits) {
                    out.add(new Violation("type", path, "fits none of the allowed shapes"));
                }
            }
        }
    }

    private void checkObject(String path, PropertyType.ObjectType type, JsonNode value, List<Violation> out) {
        if (!value.isObject()) {
            out.add(new Violation("type", path, "expected an object of type " + type.typeName()));
            return;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            Property nested = type.properties().get(e.getKey());
            if (nested == null) {
                out.add(new Violation("unknown", path + "." + e.getKey(),
                        "no such field in " + type.typeName()));
            } else {
                check(path + "." + e.getKey(), nested.type(), nested.rules(), e.getValue(), out);
            }
        }
    }

    private void checkScalar(String path, PropertyType.Primitive primitive, ValueRules rules, JsonNode value,
                             List<Violation> out) {
        switch (primitive) {
            case STRING -> {
                if (!value.isValueNode()) {
                    out.add(new Violation("type", path, "expected a string"));
                    return;
                }
                checkText(path, value.asString(), rules, out);
            }
            case INTEGER, NUMBER -> {
                Double number = asNumber(value, primitive == PropertyType.Primitive.INTEGER);
                if (number == null) {
                    out.add(new Violation("type", path, "expected " + (primitive == PropertyType.Primitive.INTEGER
                            ? "an integer" : "a number")));
                    return;
                }
                rules.minimum().filter(min -> number < min)
                        .ifPresent(min -> out.add(new Violation("minimum", path, "must be at least " + min)));
                rules.maximum().filter(max -> number > max)
                        .ifPresent(max -> out.add(new Violation("maximum", path, "must be at most " + max)));
            }
            case BOOLEAN -> {
                boolean ok = value.isBoolean() || (value.isString()
                        && (value.asString().equalsIgnoreCase("true") || value.asString().equalsIgnoreCase("false")));
                if (!ok) {
                    out.add(new Violation("type", path, "expected true or false"));
                }
            }
            case JSON -> {
                // any JSON document is acceptable (policy documents and the like)
            }
        }
    }

    private static Double asNumber(JsonNode value, boolean integral) {
        try {
            double d = value.isNumber() ? value.asDouble() : Double.parseDouble(value.asString().strip());
            return integral && d != Math.rint(d) ? null : d;
        } catch (RuntimeException notANumber) {
            return null;
        }
    }

    private void checkText(String path, String text, ValueRules rules, List<Violation> out) {
        if (!rules.allowedValues().isEmpty() && rules.allowedValues().stream().noneMatch(text::equalsIgnoreCase)) {
            out.add(new Violation("enum", path, "must be one of " + rules.allowedValues()));
        }
        rules.minLength().filter(min -> text.length() < min)
                .ifPresent(min -> out.add(new Violation("minLength", path, "must be at least " + min + " characters")));
        rules.maxLength().filter(max -> text.length() > max)
                .ifPresent(max -> out.add(new Violation("maxLength", path, "must be at most " + max + " characters")));
        rules.pattern().filter(p -> !matches(p, text))
                .ifPresent(p -> out.add(new Violation("pattern", path, "must match " + p)));
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException notJavaSyntax) {
            return true; // a pattern Java cannot read is no reason to refuse the user's value
        }
    }
}
