package dev.gantry.changeset;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogService;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The application's {@link Catalog}: the shared catalogue, which {@link CatalogPreload} loads in the background as
 * soon as Gantry serves; a use that comes sooner loads it, or waits for the load under way. No bean reads the
 * catalogue while the context is built, so the second of CPU its load takes no longer competes with the start.
 */
final class CatalogOnFirstUse implements Catalog {

    @Override
    public Optional<Asset> find(String assetName) {
        return CatalogService.shared().find(assetName);
    }

    @Override
    public List<Asset> search(String query, int limit) {
        return CatalogService.shared().search(query, limit);
    }

    @Override
    public Collection<Asset> all() {
        return CatalogService.shared().all();
    }
}
