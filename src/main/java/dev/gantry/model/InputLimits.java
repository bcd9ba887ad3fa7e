package dev.gantry.model;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The limits every edit meets, whoever makes it (the REST API, the editor): names are short printable text,
 * property values are bounded and storable, geometry is finite, positive where it is a size, and on the canvas.
 * PostgreSQL cannot store a NUL character in text or JSON, so it is refused here with a message, not there.
 */
public final class InputLimits {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_VALUE_BYTES = 256 * 1024;
    /** Far beyond any diagram a person draws, and well inside what a browser canvas can place. */
    public static final double MAX_COORDINATE = 10_000_000;

    public static final double MAX_SIZE = 1_000_000;

    private InputLimits() {}

    /** A name as given (null is left to the caller, which may default it): at most 255 characters, no control. */
    public static String name(String field, String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(
                    field,
                    "`" + field + "` is " + name.length() + " characters long; at most " + MAX_NAME_LENGTH
                            + " are allowed");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInputException(
                        field,
                        "`" + field + "` contains the control character U+" + String.format("%04X", (int) c)
                                + " at position " + i + "; names are printable text");
            }
        }
        return name;
    }

    public static Geometry geometry(String field, Geometry g) {
        coordinate(field + ".x", g.x());
        coordinate(field + ".y", g.y());
        size(field + ".width", g.width());
        size(field + ".height", g.height());
        return g;
    }

    public static double coordinate(String field, double value) {
        finite(field, value);
        if (Math.abs(value) > MAX_COORDINATE) {
            throw new InvalidInputException(
                    field, "`" + field + "` is " + value + "; coordinates lie within ±" + (long) MAX_COORDINATE);
        }
        return value;
    }

    public static double size(String field, double value) {
        finite(field, value);
        if (value <= 0 || value > MAX_SIZE) {
            throw new InvalidInputException(
                    field, "`" + field + "` is " + value + "; a size is positive and at most " + (long) MAX_SIZE);
        }
        return value;
    }

    /** One property value: at most 256 KB as JSON, no NUL in any string, every number finite. */
    public static void propertyValue(String property, JsonNode value) {
        String field = "properties." + property;
        if (value == null || value.isNull()) {
            return;
        }
        int bytes = value.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VALUE_BYTES) {
            throw new InvalidInputException(
                    field,
                    "The value of `" + property + "` is " + bytes + " bytes; a property value is at most "
                            + MAX_VALUE_BYTES + " bytes");
        }
        storable(field, value, "");
    }

    private static void storable(String field, JsonNode node, String path) {
        if (node.isString() && node.asString().indexOf('\0') >= 0) {
            throw new InvalidInputException(
                    field, "`" + field + path + "` contains a NUL character (U+0000)," + " which cannot be stored");
        }
        if (node.isFloatingPointNumber() && !Double.isFinite(node.asDouble())) {
            throw new InvalidInputException(
                    field, "`" + field + path + "` is " + node.asDouble() + "; numbers must be finite");
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().indexOf('\0') >= 0) {
                    throw new InvalidInputException(
                            field,
                            "A key in `" + field + path
                                    + "` contains a NUL character (U+0000), which cannot be stored");
                }
                storable(field, e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                storable(field, node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, "`" + field + "` is " + value + "; numbers must be finite");
        }
    }
}
