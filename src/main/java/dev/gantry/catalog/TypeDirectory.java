package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which resource types exist, by short name ({@code Subnet} → {@code AWS::EC2::Subnet}), and how each is
 * identified. Lets a property named after another asset ({@code Subnets}, {@code SecurityGroupIds},
 * {@code RoleName}) become an input that fits that asset's identifier output.
 */
final class TypeDirectory {

    /** Where to look when a name is not in the property's own namespace: most cross-service refs go here. */
    private static final List<String> FALLBACK_NAMESPACES = List.of("AWS::EC2", "AWS::IAM");

    private final Map<String, List<String>> typesByShortName = new HashMap<>();
    private final Map<String, String> identifierByType = new HashMap<>();

    TypeDirectory(List<JsonNode> resources) {
        for (JsonNode resource : resources) {
            String type = Spec.text(resource, "cloudFormationType");
            typesByShortName
                    .computeIfAbsent(key(shortName(type)), k -> new ArrayList<>())
                    .add(type);
            JsonNode ids = resource.path("primaryIdentifier");
            if (ids.size() == 1) {
                identifierByType.put(type, ids.get(0).asString());
            }
        }
    }

    static String shortName(String type) {
        return type.substring(type.lastIndexOf(':') + 1);
    }

    static String namespace(String type) {
        return type.substring(0, Math.max(0, type.lastIndexOf("::")));
    }

    static String service(String type) {
        return shortName(namespace(type));
    }

    boolean isShortName(String name) {
        return typesByShortName.containsKey(key(name));
    }

    /** The type called {@code shortName}: in {@code namespace} first, then EC2/IAM, then the only one anywhere. */
    String resolve(String shortName, String namespace, boolean sameNamespaceOnly) {
        List<String> candidates = typesByShortName.getOrDefault(key(shortName), List.of());
        String preferred = inNamespace(candidates, namespace);
        if (preferred != null || sameNamespaceOnly) {
            return preferred;
        }
        for (String fallback : FALLBACK_NAMESPACES) {
            String found = inNamespace(candidates, fallback);
            if (found != null) {
                return found;
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** The one identifier property of a type, or null when it has a composite or no identifier. */
    String identifier(String type) {
        return identifierByType.get(type);
    }

    private static @Nullable String inNamespace(List<String> candidates, String namespace) {
        for (String candidate : candidates) {
            if (namespace(candidate).equals(namespace)) {
                return candidate;
            }
        }
        return null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
