package dev.gantry.ui;

import dev.gantry.catalog.Asset;
import dev.gantry.changeset.ComponentView;
import java.util.List;
import java.util.Locale;

/** What a new component is called: a name such as {@code subnet-2} that the user can keep or change. */
final class DefaultNames {

    private final List<ComponentView> components;

    DefaultNames(List<ComponentView> components) {
        this.components = components;
    }

    String name(Asset asset) {
        String base = asset.name().contains("::")
                ? asset.name().substring(asset.name().lastIndexOf(':') + 1)
                : asset.name();
        String slug = base.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase(Locale.ROOT)
                .replaceAll("^-|-$", "");
        long same = components.stream()
                .filter(c -> c.assetName().equals(asset.name()))
                .count();
        return slug + "-" + (same + 1);
    }
}
