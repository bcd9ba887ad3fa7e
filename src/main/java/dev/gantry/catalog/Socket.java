package dev.gantry.catalog;

import java.util.List;

/**
 * A named connection point of an asset.
 *
 * <p>An output socket carries a value out of a component: a read-only attribute once the resource exists
 * ({@link SocketSource#ATTRIBUTE}), a property the user set ({@link SocketSource#PROPERTY}), or, for a
 * sub-asset, the component's whole value ({@link SocketSource#WHOLE_VALUE}). An input socket feeds the
 * property {@code property} (a property path, see {@link #propertyPath()}) or, for {@code Region} and {@code AWS Credential},
 * the component's connection settings ({@link SocketSource#CONTEXT}).
 *
 * @param name        display name, the prop name spaced out ({@code Subnet Id})
 * @param direction   input or output
 * @param arity       inputs: ONE for a scalar property (a new edge replaces the old one), MANY for an array;
 *                    outputs are always MANY
 * @param source      where the value comes from (outputs) or goes to (inputs)
 * @param property    the raw property or attribute name ({@code SubnetId}, {@code DNSName}), dot-separated for a
 *                    nested property (see {@link #propertyPath()}); null for CONTEXT sockets
 * @param annotations what the socket carries, most specific first (its name, the raw prop name and the
 *                    CloudFormation attribute); see {@link SocketMatcher}
 */
public record Socket(
        String name,
        SocketDirection direction,
        Arity arity,
        SocketSource source,
        String property,
        List<String> annotations) {

    public Socket {
        annotations = List.copyOf(annotations);
    }

    /**
     * The property this socket reads or feeds, as a path from the component's domain root: one element for a
     * top-level property, more for a nested one ({@code NetworkConfiguration.AwsvpcConfiguration.Subnets});
     * empty for CONTEXT sockets.
     */
    public List<String> propertyPath() {
        return property == null ? List.of() : List.of(property.split("\\."));
    }

    public enum Arity {
        ONE,
        MANY
    }

    public enum SocketDirection {
        INPUT,
        OUTPUT
    }

    public enum SocketSource {
        PROPERTY,
        ATTRIBUTE,
        WHOLE_VALUE,
        CONTEXT
    }
}
