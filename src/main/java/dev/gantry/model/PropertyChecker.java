package dev.gantry.model;

import dev.gantry.catalog.Property;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks a value against the catalogue's rules for a property. One implementation serves edits (refusing bad
 * values) and qualifications (reporting resolved values that break a rule).
 */
@FunctionalInterface
public interface PropertyChecker {

    List<Violation> check(Property property, JsonNode value);

    /** @param rule the rule's name ({@code type}, {@code enum}, {@code pattern}, {@code maxLength}, ...) */
    record Violation(String rule, String path, String message) {}
}
