package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Model;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How an output socket of a resource is written in a template, and read back. CloudFormation's {@code Ref} returns
 * a resource's primary identifier (the first, when it has several: an EIP's PublicIp, a service's ServiceArn), so
 * the output carrying it is a {@code Ref}; any other read-only attribute is a {@code Fn::GetAtt}; an output that is
 * a property the user set (a security group's GroupName) has no reference, so its value is written.
 */
final class References {

    private final Model model;
    private final Map<ComponentId, String> ids;

    References(Model model, Map<ComponentId, String> ids) {
        this.model = model;
        this.ids = ids;
    }

    JsonNode of(Component source, String outputName) {
        Asset asset = model.asset(source);
        Socket output = asset.output(outputName).orElse(null);
        String id = ids.get(source.id());
        if (output == null || id == null) {
            return literal(source, outputName);
        }
        if (isRef(asset, output)) {
            return Intrinsics.ref(id);
        }
        if (output.source() == Socket.SocketSource.ATTRIBUTE) {
            return Intrinsics.getAtt(id, output.property());
        }
        return literal(source, outputName);
    }

    /** The value the output carries now, for sources a template cannot reference. */
    @Nullable
    JsonNode literal(Component source, String outputName) {
        Socket output = model.asset(source).output(outputName).orElse(null);
        if (output == null) {
            return null;
        }
        JsonNode domain = model.resolve(source.id()).domain();
        if (output.source() == Socket.SocketSource.WHOLE_VALUE || output.property() == null) {
            return domain.isEmpty() ? null : domain.deepCopy();
        }
        JsonNode value = domain;
        for (String segment : output.propertyPath()) {
            value = value == null ? null : value.get(segment);
        }
        return value == null || value.isNull() ? null : value.deepCopy();
    }

    static boolean isRef(Asset asset, Socket output) {
        List<String> identifier = asset.primaryIdentifier();
        return !identifier.isEmpty() && identifier.getFirst().equals(output.property());
    }

    /** The output a {@code Ref} to a resource of this asset gives. */
    static Optional<Socket> refOutput(Asset asset) {
        return asset.outputs().stream().filter(o -> isRef(asset, o)).findFirst();
    }

    /** The output a {@code Fn::GetAtt} of this attribute gives (attribute names are case-sensitive, outputs not). */
    static Optional<Socket> attributeOutput(Asset asset, String attribute) {
        return asset.outputs().stream()
                .filter(o -> o.source() != Socket.SocketSource.WHOLE_VALUE && attribute.equals(o.property()))
                .findFirst()
                .or(() -> asset.outputs().stream()
                        .filter(o -> attribute.equalsIgnoreCase(o.property()))
                        .findFirst());
    }
}
