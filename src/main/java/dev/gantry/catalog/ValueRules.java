package dev.gantry.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Checks on a property's value beyond its type. Absent bounds are empty optionals.
 */
public record ValueRules(
        List<String> allowedValues,
        Optional<String> pattern,
        Optional<Long> minLength,
        Optional<Long> maxLength,
        Optional<Double> minimum,
        Optional<Double> maximum) {

    public static final ValueRules NONE = new ValueRules(
            List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ValueRules {
        allowedValues = List.copyOf(allowedValues);
    }
}
