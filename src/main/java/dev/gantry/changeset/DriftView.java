package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Drift;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A component on HEAD whose resource, as last refreshed, differs from what is wanted, property by property. */
public record DriftView(
        ComponentId id,
        String name,
        String assetName,
        @Nullable String identifier,
        List<Drift.Property> properties) {

    public DriftView {
        properties = List.copyOf(properties);
    }
}
