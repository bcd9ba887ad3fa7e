package dev.gantry.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every asset Gantry knows: loaded once at start-up, immutable, shared. */
public interface Catalog {

    /** Finds an asset by name, case-insensitively, including the loose spellings the how-to guides use. */
    Optional<Asset> find(String assetName);

    /** The asset of that name, or an {@link UnknownAssetException} naming it. */
    default Asset require(String assetName) {
        return find(assetName).orElseThrow(() -> new UnknownAssetException(assetName));
    }

    /** Ranked search: exact name, then prefix, then words of name, service and documentation. */
    List<Asset> search(String query, int limit);

    Collection<Asset> all();
}
