package dev.gantry.discovery;

import dev.gantry.action.ResourceState;
import dev.gantry.catalog.Asset;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ConnectionInference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a discovery read, by key ({@code Type|identifier}), and the filters over it. */
final class DiscoveredResources {

    /** One resource read from the cloud; {@code existing} is the component that already manages it. */
    record Found(
            String key,
            Asset asset,
            String identifier,
            ObjectNode properties,
            @Nullable ComponentId existing) {

        ConnectionInference.Resource forInference() {
            Map<String, String> outputs = new LinkedHashMap<>();
            properties.properties().forEach(e -> {
                if (e.getValue().isString()) {
                    outputs.put(e.getKey(), e.getValue().asString());
                }
            });
            if (asset.primaryIdentifier().size() == 1) {
                outputs.put(asset.primaryIdentifier().getFirst(), identifier);
            }
            return new ConnectionInference.Resource(key, asset, properties, outputs);
        }
    }

    private final Map<String, Found> found = new LinkedHashMap<>();

    void add(Asset asset, ResourceState state, @Nullable ComponentId existing) {
        String key = asset.name() + "|" + state.identifier();
        ObjectNode properties = state.properties() == null ? JsonNodeFactory.instance.objectNode() : state.properties();
        found.put(key, new Found(key, asset, state.identifier(), properties, existing));
    }

    List<Found> all() {
        return List.copyOf(found.values());
    }

    /**
     * Only what belongs to the VPC: resources whose settings name it, then, repeatedly, whatever those connect to
     * or are connected from (an internet gateway through its attachment, a listener through its load balancer).
     */
    void keepVpc(String vpcId) {
        Set<String> kept = new HashSet<>();
        found.values().stream()
                .filter(f -> mentions(f.properties(), vpcId) || f.identifier().equals(vpcId))
                .forEach(f -> kept.add(f.key()));
        List<ConnectionInference.Reference> references = ConnectionInference.references(
                found.values().stream().map(Found::forInference).toList());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ConnectionInference.Reference r : references) {
                if (kept.contains(r.from()) != kept.contains(r.to())) {
                    grew |= kept.add(r.from()) | kept.add(r.to());
                }
            }
        }
        found.keySet().retainAll(kept);
    }

    /** Only resources carrying the tag ({@code Key=Value}, or {@code Key} for any value). */
    void keepTagged(String tag) {
        int eq = tag.indexOf('=');
        String key = eq < 0 ? tag.strip() : tag.substring(0, eq).strip();
        String value = eq < 0 ? null : tag.substring(eq + 1).strip();
        found.values().removeIf(f -> {
            for (JsonNode t : f.properties().path("Tags")) {
                if (key.equals(t.path("Key").asString(null))
                        && (value == null || value.equals(t.path("Value").asString(null)))) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean mentions(JsonNode node, String text) {
        if (node.isString()) {
            return node.asString().equals(text);
        }
        List<JsonNode> children = new ArrayList<>();
        node.forEach(children::add);
        return children.stream().anyMatch(child -> mentions(child, text));
    }
}
