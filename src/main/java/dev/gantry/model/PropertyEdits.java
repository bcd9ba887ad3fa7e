package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Applies a batch of property values to a component: all checked first, secrets kept apart and sealed as soon
 * as they are checked, so that plaintext never reaches the component.
 */
final class PropertyEdits {

    private static final JsonNode REDACTED = StringNode.valueOf("<redacted>");

    private final Asset asset;
    private final PropertyChecker checker;
    private final SecretSealer sealer;

    PropertyEdits(Asset asset, PropertyChecker checker, SecretSealer sealer) {
        this.asset = asset;
        this.checker = checker;
        this.sealer = sealer;
    }

    Component apply(Component component, ObjectNode values) {
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            check(e.getKey(), e.getValue());
        }
        ObjectNode domain = component.domain().deepCopy();
        ObjectNode secrets = component.secrets().deepCopy();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            Property property = property(e.getKey()).orElseThrow();
            ObjectNode target = property.secret() ? secrets : domain;
            if (e.getValue() == null || e.getValue().isNull()) {
                target.remove(property.name());
            } else if (property.secret()) {
                JsonNode v = e.getValue();
                target.put(property.name(), sealer.seal(v.isString() ? v.asString() : v.toString()));
            } else {
                target.set(property.name(), e.getValue().deepCopy());
            }
        }
        return component.withValues(domain, secrets);
    }

    /** By its exact name, or regardless of case as the guides sometimes write it ({@code region}). */
    private java.util.Optional<Property> property(String name) {
        return asset.property(name)
                .or(() -> asset.properties().values().stream()
                        .filter(p -> p.name().equalsIgnoreCase(name))
                        .findFirst());
    }

    private void check(String name, JsonNode value) {
        Property property = property(name)
                .orElseThrow(() -> new InvalidValueException(
                        name, "unknown", value, asset.name() + " has no property '" + name + "'"));
        if (value == null || value.isNull()) {
            return;
        }
        InputLimits.propertyValue(property.name(), value);
        checker.check(property, value).stream().findFirst().ifPresent(v -> {
            // a refused secret must not travel on in the message (problem body, logs) either
            throw property.secret()
                    ? new InvalidValueException(v.path(), v.rule(), REDACTED, "the secret breaks rule " + v.rule())
                    : new InvalidValueException(v.path(), v.rule(), value, v.message());
        });
    }
}
