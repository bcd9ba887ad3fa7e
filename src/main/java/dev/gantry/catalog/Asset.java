package dev.gantry.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of component: a CloudFormation resource type, a sub-asset (one array-of-objects property of
 * another asset) or a hand-written asset. Immutable and shared by every component of its kind.
 *
 * @param name          the asset's name as users see and search it ({@code AWS::ECS::Service},
 *                      {@code TaskDefinition ContainerDefinitions}, {@code AWS Credential})
 * @param kind          whether a component of this asset has a cloud resource of its own
 * @param service       the AWS service it belongs to ({@code ECS}), for grouping in the palette
 * @param documentation one paragraph for humans
 * @param properties    the user's settings, by property name, in declaration order
 * @param attributes    read-only values the cloud reports once the resource exists ({@code Arn}, {@code DNSName})
 * @param primaryIdentifier the property or attribute names that identify the resource in the cloud
 * @param inputs        input sockets, in display order
 * @param outputs       output sockets, in display order
 */
public record Asset(
        String name,
        AssetKind kind,
        String service,
        String documentation,
        Map<String, Property> properties,
        Map<String, Attribute> attributes,
        List<String> primaryIdentifier,
        List<Socket> inputs,
        List<Socket> outputs) {

    public Asset {
        // Unmodifiable but ordered: the property editor shows properties in the schema's declaration order.
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        primaryIdentifier = List.copyOf(primaryIdentifier);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The CloudFormation type name sent to the cloud, present only for assets with a resource. */
    public Optional<String> resourceType() {
        return kind == AssetKind.RESOURCE ? Optional.of(name) : Optional.empty();
    }

    public Optional<Property> property(String propertyName) {
        return Optional.ofNullable(properties.get(propertyName));
    }

    /**
     * The input socket of that name, found loosely as the how-to guides spell them: case and spaces ignored,
     * the raw property name accepted ({@code SourceSecurityGroupId}), and a small typo tolerated
     * ({@code Task Defition}) when exactly one socket is that close.
     */
    public Optional<Socket> input(String socketName) {
        return find(inputs, socketName);
    }

    /** The output socket of that name, found as loosely as {@link #input(String)}. */
    public Optional<Socket> output(String socketName) {
        return find(outputs, socketName);
    }

    private static Optional<Socket> find(List<Socket> sockets, String socketName) {
        for (Socket socket : sockets) {
            if (socket.name().equals(socketName)) {
                return Optional.of(socket); // as connections name them: resolving looks up every source's output
            }
        }
        String wanted = SocketNames.normalize(socketName);
        for (Socket socket : sockets) {
            if (SocketNames.normalize(socket.name()).equals(wanted)) {
                return Optional.of(socket);
            }
        }
        for (Socket socket : sockets) {
            if (socket.property() != null
                    && SocketNames.normalize(socket.property()).equals(wanted)) {
                return Optional.of(socket);
            }
        }
        return Optional.ofNullable(SocketNames.closest(socketName, sockets, Socket::name));
    }
}
