package dev.gantry.catalog;

import dev.gantry.catalog.InputDeriver.Owner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Builds every asset once from the spec: resources, their sub-assets, then the hand-written assets. */
final class CatalogLoader {

    /** The built assets by name, in palette order, and the alternative names that lead to them. */
    record Contents(Map<String, Asset> assets, Map<String, String> aliases) {}

    private final TypeBuilder types;
    private final InputDeriver inputs;
    private final SubAssetRegistry subAssets;
    private final Socket region = HandWrittenAssets.regionInput();
    private final Socket credential = HandWrittenAssets.credentialInput();

    private CatalogLoader(SpecReader.Spec spec) {
        Interner interner = new Interner();
        this.types = new TypeBuilder(spec.typesById(), interner);
        this.inputs = new InputDeriver(new TypeDirectory(spec.resources()), types);
        this.subAssets = new SubAssetRegistry(types, inputs);
    }

    static Contents load() {
        return build(SpecReader.readDefault());
    }

    static Contents build(SpecReader.Spec spec) {
        return new CatalogLoader(spec).build(spec.resources());
    }

    private Contents build(List<JsonNode> resources) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (JsonNode resource : preferredFirst(resources)) {
            Asset asset = resource(resource);
            assets.put(asset.name(), asset);
        }
        subAssets.assets().forEach(a -> assets.putIfAbsent(a.name(), a));
        HandWrittenAssets.all(region, credential).forEach(a -> assets.put(a.name(), a));
        Map<String, String> aliases = new LinkedHashMap<>(WiringRules.ASSET_ALIASES);
        aliases.putAll(WiringRules.SUB_ASSET_ALIASES);
        subAssets.aliases().forEach(aliases::putIfAbsent);
        return new Contents(Collections.unmodifiableMap(assets), Collections.unmodifiableMap(aliases));
    }

    private Asset resource(JsonNode resource) {
        String type = Spec.text(resource, "cloudFormationType");
        Map<String, Property> properties = types.properties(resource.path("properties"), type);
        Map<String, Attribute> attributes = attributes(resource.path("attributes"));
        List<String> identifier = new ArrayList<>();
        resource.path("primaryIdentifier").forEach(id -> identifier.add(id.asString()));
        Owner owner = new Owner(type, TypeDirectory.shortName(type));
        List<Socket> in = new ArrayList<>(inputs.inputs(owner, resource.path("properties"), null, subAssets));
        in.add(region);
        in.add(credential);
        List<Socket> out = OutputDeriver.outputs(type, attributes, properties, identifier);
        String doc = types.interner().intern(Spec.text(resource, "documentation"));
        return new Asset(
                type,
                AssetKind.RESOURCE,
                TypeDirectory.service(type),
                doc,
                properties,
                attributes,
                identifier,
                in,
                out);
    }

    private Map<String, Attribute> attributes(JsonNode attributes) {
        Map<String, Attribute> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> a : attributes.properties()) {
            String name = types.interner().intern(a.getKey());
            String doc = types.interner().intern(Spec.text(a.getValue(), "documentation"));
            result.put(name, new Attribute(name, types.type(a.getValue().path("type")), doc));
        }
        return result;
    }

    /** The how-to's namespaces first, so their sub-assets keep the plain names the guide uses. */
    private static List<JsonNode> preferredFirst(List<JsonNode> resources) {
        List<JsonNode> ordered = new ArrayList<>(resources);
        ordered.sort(Comparator.comparingInt(CatalogLoader::preference)
                .thenComparing(r -> Spec.text(r, "cloudFormationType")));
        return ordered;
    }

    private static int preference(JsonNode resource) {
        int index = WiringRules.PREFERRED_NAMESPACES.indexOf(
                TypeDirectory.namespace(Spec.text(resource, "cloudFormationType")));
        return index < 0 ? WiringRules.PREFERRED_NAMESPACES.size() : index;
    }
}
