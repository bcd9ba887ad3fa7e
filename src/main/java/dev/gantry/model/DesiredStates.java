package dev.gantry.model;

import dev.gantry.catalog.Asset;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a component will send, in the two forms it is read in: for the provider (the asset's own properties only,
 * secrets as the model holds them: sealed) and for people reviewing it (secrets redacted).
 */
final class DesiredStates {

    static final String REDACTED = "<redacted>";

    private DesiredStates() {}

    /** Only the asset's own properties, so nothing Gantry keeps for itself reaches a provider. */
    static ObjectNode forProvider(Asset asset, ResolvedComponent r) {
        ObjectNode state = r.domain().objectNode();
        r.domain().properties().forEach(e -> {
            if (asset.properties().containsKey(e.getKey())) {
                state.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        state.setAll(r.component().secrets().deepCopy());
        return state;
    }

    static CodeView forReview(Asset asset, ResolvedComponent r) {
        ObjectNode state = r.domain().deepCopy();
        r.component().secrets().propertyNames().forEach(name -> state.put(name, REDACTED));
        return new CodeView(asset.resourceType().orElse(asset.name()), state);
    }
}
