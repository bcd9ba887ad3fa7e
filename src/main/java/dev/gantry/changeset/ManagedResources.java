package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.Model;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which component owns which cloud resource in a model: recorded on HEAD, or about to be adopted. */
final class ManagedResources {

    private final Map<String, Component> byKey = new HashMap<>();

    ManagedResources(Model model) {
        for (Component c : model.components()) {
            if (c.resource() != null && c.resource().identifier() != null) {
                byKey.put(key(c.assetName(), c.resource().identifier()), c);
            }
            if (c.imported() != null) {
                byKey.put(key(c.assetName(), c.imported()), c);
            }
        }
    }

    Optional<Component> owner(String assetName, String identifier) {
        return Optional.ofNullable(byKey.get(key(assetName, identifier)));
    }

    void requireUnmanaged(String assetName, String identifier) {
        owner(assetName, identifier).ifPresent(c -> {
            throw new AlreadyManagedException(identifier, c.name());
        });
    }

    private static String key(String assetName, String identifier) {
        return assetName.toLowerCase(java.util.Locale.ROOT) + " " + identifier;
    }
}
