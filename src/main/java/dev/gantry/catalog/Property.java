package dev.gantry.catalog;

import java.util.Optional;

/**
 * One setting of an asset (or of a nested object type).
 *
 * @param createOnly true when changing it replaces the resource (CloudFormation's {@code causesReplacement})
 * @param secret     true when its value is a secret: stored encrypted and redacted in code views and APIs
 * @param rules      the checks a value must pass, as data shared by qualifications and the property editor
 */
public record Property(
        String name,
        PropertyType type,
        boolean required,
        boolean createOnly,
        boolean secret,
        String documentation,
        ValueRules rules) {

    public Optional<String> describe() {
        return Optional.ofNullable(documentation).filter(d -> !d.isBlank());
    }
}
