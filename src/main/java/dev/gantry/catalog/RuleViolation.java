package dev.gantry.catalog;

/**
 * A value that breaks one of a property's rules.
 *
 * @param path    where in the value: the property name, then {@code .Child} and {@code [index]} for nested values
 * @param rule    which rule: {@code required}, {@code type}, {@code enum}, {@code pattern}, {@code minLength},
 *                {@code maxLength}, {@code minimum}, {@code maximum}, {@code unknown}
 * @param message for humans, naming the property, the rule and the value
 *                ({@code CidrBlock: 'abc' does not match pattern ^...$})
 */
public record RuleViolation(String path, String rule, String message) {}
