package dev.gantry.discovery;

import dev.gantry.catalog.Asset;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The name a component adopting a resource gets: its Name tag, else its own name property, else its identifier. */
final class ResourceNames {

    private ResourceNames() {}

    static String of(Asset asset, String identifier, ObjectNode properties) {
        for (JsonNode tag : properties.path("Tags")) {
            if ("Name".equals(tag.path("Key").asString(null))
                    && !tag.path("Value").asString("").isBlank()) {
                return tag.get("Value").asString();
            }
        }
        String shortName = asset.name().substring(asset.name().lastIndexOf(':') + 1);
        for (String candidate : new String[] {shortName + "Name", "GroupName", "Name"}) {
            JsonNode value = properties.get(candidate);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return identifier;
    }
}
