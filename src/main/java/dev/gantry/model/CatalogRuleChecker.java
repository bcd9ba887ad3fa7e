package dev.gantry.model;

import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyValidator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The catalogue's own validator, as the model's {@link PropertyChecker}: one set of rules for every caller. */
public final class CatalogRuleChecker implements PropertyChecker {

    @Override
    public List<Violation> check(Property property, JsonNode value) {
        return PropertyValidator.validate(property, value).stream()
                .map(v -> new Violation(v.rule(), v.path(), v.message()))
                .toList();
    }
}
