package dev.gantry.changeset;

import dev.gantry.catalog.Catalog;
import dev.gantry.model.CatalogRuleChecker;
import dev.gantry.model.Edge;
import dev.gantry.model.Model;
import dev.gantry.model.PropertyChecker;
import dev.gantry.model.SecretSealer;
import dev.gantry.secret.SecretBox;
import java.util.Collection;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Builds in-memory models over the catalogue (looked up at first use, not at start-up), sealing secrets with
 * the {@link SecretBox} so that what the model holds, and the store persists, is ciphertext.
 */
@org.springframework.stereotype.Component
class ModelFactory {

    private final ObjectProvider<Catalog> catalog;
    private final PropertyChecker checker = new CatalogRuleChecker();
    private final SecretSealer sealer;

    ModelFactory(ObjectProvider<Catalog> catalog, SecretBox box) {
        this.catalog = catalog;
        this.sealer = plaintext -> box.seal(plaintext).value();
    }

    Model build(Collection<dev.gantry.model.Component> components, Collection<Edge> edges) {
        return Model.of(catalog.getObject(), checker, sealer, components, edges);
    }
}
