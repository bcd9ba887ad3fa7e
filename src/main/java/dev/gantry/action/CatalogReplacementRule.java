package dev.gantry.action;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Property;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The catalogue knows which properties are create-only (CloudFormation's causesReplacement). */
@Component
class CatalogReplacementRule implements ReplacementRule {

    private final Catalog catalog;

    CatalogReplacementRule(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public boolean requiresReplacement(String resourceType, Set<String> changedProperties) {
        return catalog.find(resourceType)
                .map(asset -> changedProperties.stream()
                        .anyMatch(name ->
                                asset.property(name).map(Property::createOnly).orElse(false)))
                .orElse(false);
    }
}
