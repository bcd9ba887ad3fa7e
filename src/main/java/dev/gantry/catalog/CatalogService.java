package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue: every CloudFormation resource type, its sub-assets and the hand-written assets, loaded once from
 * the vendored spec and shared. Spring exposes {@link #shared()} as the {@link Catalog} bean
 * (in the changeset module, since this one imports no Spring); tests and tools call {@link #shared()} directly.
 */
public final class CatalogService implements Catalog {

    private static volatile CatalogService shared;

    private final Map<String, Asset> byName;
    private final Map<String, Asset> byNormalizedName = new HashMap<>();
    private final AssetSearch search;

    CatalogService(CatalogLoader.Contents contents) {
        this.byName = contents.assets();
        byName.values().forEach(a -> byNormalizedName.putIfAbsent(SocketNames.normalize(a.name()), a));
        contents.aliases().forEach((alias, target) -> {
            Asset asset = byName.get(target);
            if (asset != null) {
                byNormalizedName.putIfAbsent(SocketNames.normalize(alias), asset);
            }
        });
        this.search = new AssetSearch(new ArrayList<>(byName.values()));
    }

    /** The catalogue of the vendored spec, loaded on first use (about a second) and then shared. */
    public static CatalogService shared() {
        CatalogService catalog = shared;
        if (catalog == null) {
            synchronized (CatalogService.class) {
                if (shared == null) {
                    shared = load();
                }
                catalog = shared;
            }
        }
        return catalog;
    }

    /** A freshly loaded catalogue, for measuring the load; everything else should use {@link #shared()}. */
    public static CatalogService load() {
        return new CatalogService(CatalogLoader.load());
    }

    @Override
    public Optional<Asset> find(String assetName) {
        if (assetName == null || assetName.isBlank()) {
            return Optional.empty();
        }
        Asset exact = byName.get(assetName); // what components store: no need to normalise it on every lookup
        if (exact != null) {
            return Optional.of(exact);
        }
        String normalized = SocketNames.normalize(assetName);
        Asset asset = byNormalizedName.get(normalized);
        if (asset == null) {
            asset = byNormalizedName.get("aws" + normalized);
        }
        if (asset == null) {
            asset = SocketNames.closest(assetName, byName.values(), Asset::name);
        }
        return Optional.ofNullable(asset);
    }

    @Override
    /**
     * The ranked search, led by the asset the query names exactly, by an alias the guides use too
     * ({@code ECS CapacityProviderStrategy}, {@code AWS::EC2::NATGateway}), which the word index cannot know.
     */
    public List<Asset> search(String query, int limit) {
        List<Asset> ranked = search.search(query, limit);
        Optional<Asset> named = query == null || query.isBlank() ? Optional.empty() : find(query.strip());
        if (named.isEmpty()
                || limit <= 0
                || (!ranked.isEmpty() && ranked.getFirst().equals(named.get()))) {
            return ranked;
        }
        List<Asset> led = new ArrayList<>(limit);
        led.add(named.get());
        ranked.stream().filter(a -> !a.equals(named.get())).limit(limit - 1L).forEach(led::add);
        return List.copyOf(led);
    }

    @Override
    public Collection<Asset> all() {
        return byName.values();
    }
}
