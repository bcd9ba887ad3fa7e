package dev.gantry.catalog;

import dev.gantry.catalog.InputDeriver.Owner;
import dev.gantry.catalog.PropertyType.ObjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Builds one sub-asset per array-of-objects property, named {@code <owner> <property>} as the how-to names them
 * ({@code TaskDefinition ContainerDefinitions}, {@code ContainerDefinitions PortMappings}). The owner is the
 * resource's short name at the top level, else the property holding the array. Two arrays with the same name and
 * the same element shape are one sub-asset; a different shape under a taken name is prefixed with its service
 * ({@code AppRunner Service ...}). Resources of the preferred namespaces are built first so the how-to's names
 * stay plain.
 */
final class SubAssetRegistry implements InputDeriver.SubAssetSource {

    private record Entry(ObjectType element, Asset asset) {}

    private final TypeBuilder types;
    private final InputDeriver inputs;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    SubAssetRegistry(TypeBuilder types, InputDeriver inputs) {
        this.types = types;
        this.inputs = inputs;
    }

    @Override
    public @Nullable String subAssetFor(Owner owner, String property, String elementTypeId, JsonNode propertySpec) {
        JsonNode definition = types.typeDefinition(elementTypeId);
        if (definition == null
                || !(types.type(propertySpec.path("type").path("element")) instanceof ObjectType element)) {
            return null;
        }
        String service = TypeDirectory.service(owner.resourceType());
        String base = owner.label() + " " + property;
        String name = base;
        for (int n = 1; byName.containsKey(name); n++) {
            if (byName.get(name).element() == element) {
                return name;
            }
            name = service + " " + base + (n > 1 ? " " + n : "");
        }
        byName.put(name, new Entry(element, null));
        aliases.putIfAbsent(service + " " + element.typeName(), name);
        Asset asset = build(name, owner, property, definition, element, propertySpec);
        byName.put(name, new Entry(element, asset));
        return name;
    }

    private Asset build(
            String name, Owner owner, String property, JsonNode definition, ObjectType element, JsonNode propertySpec) {
        Owner self = new Owner(owner.resourceType(), property);
        List<Socket> in = inputs.inputs(self, definition.path("properties"), Spec.text(definition, "name"), this);
        String doc = types.interner().intern(Spec.text(propertySpec, "documentation"));
        return new Asset(
                name,
                AssetKind.SUB_ASSET,
                TypeDirectory.service(owner.resourceType()),
                doc,
                element.properties(),
                Map.of(),
                List.of(),
                in,
                List.of(OutputDeriver.wholeValue(name, property)));
    }

    List<Asset> assets() {
        List<Asset> assets = new ArrayList<>(byName.size());
        byName.values().forEach(e -> assets.add(e.asset()));
        return assets;
    }

    /** Alternative names ({@code ECS CapacityProviderStrategy}: service plus element type) → sub-asset name. */
    Map<String, String> aliases() {
        return aliases;
    }
}
