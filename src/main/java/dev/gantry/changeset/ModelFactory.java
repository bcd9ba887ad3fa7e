package dev.gantry.changeset;

import dev.gantry.catalog.Catalog;
import dev.gantry.model.CatalogRuleChecker;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import dev.gantry.model.PropertyChecker;
import org.springframework.beans.factory.ObjectProvider;

import java.util.Collection;

/** Builds in-memory models over the catalogue; the catalogue is looked up at first use, not at start-up. */
@org.springframework.stereotype.Component
class ModelFactory {

    private final ObjectProvider<Catalog> catalog;
    private final PropertyChecker checker = new CatalogRuleChecker();

    ModelFactory(ObjectProvider<Catalog> catalog) {
        this.catalog = catalog;
    }

    Model build(Collection<dev.gantry.model.Component> components, Collection<Edge> edges) {
        return Model.of(catalog.getObject(), checker, components, edges);
    }
}
