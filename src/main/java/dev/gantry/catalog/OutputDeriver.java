package dev.gantry.catalog;

import dev.gantry.catalog.PropertyType.ArrayOf;
import dev.gantry.catalog.PropertyType.Scalar;
import dev.gantry.catalog.Socket.Arity;
import dev.gantry.catalog.Socket.SocketDirection;
import dev.gantry.catalog.Socket.SocketSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the output sockets of a resource: its read-only attributes, its single primary identifier and its
 * {@code <Type>Name}/{@code <Type>Id} properties. Each output is annotated with its display name, its raw name,
 * the qualified {@code Type.Name} that refs point at, and the compact {@code <Type><Name>} ({@code RoleArn}) that
 * {@code *Arn} inputs without refs look for.
 */
final class OutputDeriver {

    private OutputDeriver() {}

    static List<Socket> outputs(
            String type,
            Map<String, Attribute> attributes,
            Map<String, Property> properties,
            List<String> primaryIdentifier) {
        List<Socket> outputs = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Attribute attribute : attributes.values()) {
            if (!attribute.name().contains(".") && isScalarish(attribute.type()) && named.add(attribute.name())) {
                outputs.add(output(type, attribute.name(), SocketSource.ATTRIBUTE));
            }
        }
        String shortName = TypeDirectory.shortName(type);
        for (Property property : properties.values()) {
            boolean identifier =
                    primaryIdentifier.size() == 1 && primaryIdentifier.get(0).equals(property.name());
            boolean nameLike = property.name().equals(shortName + "Name")
                    || property.name().equals(shortName + "Id");
            if ((identifier || nameLike) && isScalarish(property.type()) && named.add(property.name())) {
                outputs.add(output(type, property.name(), SocketSource.PROPERTY));
            }
        }
        return outputs;
    }

    static Socket output(String type, String raw, SocketSource source) {
        String shortName = TypeDirectory.shortName(type);
        Set<String> annotations = new LinkedHashSet<>();
        String display = SocketNames.spaced(raw);
        annotations.add(display);
        annotations.add(raw);
        annotations.add(type + "." + raw);
        if (!raw.startsWith(shortName)) {
            annotations.add(shortName + raw);
        }
        annotations.addAll(WiringRules.OUTPUT_ALIASES.getOrDefault(type + "." + raw, List.of()));
        return new Socket(display, SocketDirection.OUTPUT, Arity.MANY, source, raw, List.copyOf(annotations));
    }

    /** A sub-asset's one output: its whole value, which its parent's matching input collects into an array. */
    static Socket wholeValue(String subAssetName, String property) {
        String display = SocketNames.spaced(property);
        return new Socket(
                display,
                SocketDirection.OUTPUT,
                Arity.MANY,
                SocketSource.WHOLE_VALUE,
                property,
                List.of(display, property, SocketAnnotations.subAsset(subAssetName)));
    }

    private static boolean isScalarish(PropertyType type) {
        return type instanceof Scalar || type instanceof ArrayOf array && array.element() instanceof Scalar;
    }
}
