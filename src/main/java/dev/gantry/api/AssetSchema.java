package dev.gantry.api;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Attribute;
import dev.gantry.catalog.Socket;
import java.util.List;

/** An asset's full schema: properties (as deep as they go), attributes and sockets. */
public record AssetSchema(
        String name,
        String kind,
        String service,
        String documentation,
        List<String> primaryIdentifier,
        List<PropertySchema> properties,
        List<AttributeSchema> attributes,
        List<SocketSchema> inputs,
        List<SocketSchema> outputs) {

    public record AttributeSchema(String name, TypeSchema type, String documentation) {}

    /** A socket with the annotations the canvas matches with (see {@code SocketMatcher}). */
    public record SocketSchema(String name, String arity, String source, String property, List<String> annotations) {}

    static AssetSchema of(Asset asset) {
        return new AssetSchema(
                asset.name(),
                asset.kind().name(),
                asset.service(),
                asset.documentation(),
                asset.primaryIdentifier(),
                asset.properties().values().stream().map(PropertySchema::of).toList(),
                asset.attributes().values().stream().map(AssetSchema::attribute).toList(),
                asset.inputs().stream().map(AssetSchema::socket).toList(),
                asset.outputs().stream().map(AssetSchema::socket).toList());
    }

    private static AttributeSchema attribute(Attribute a) {
        return new AttributeSchema(a.name(), TypeSchema.of(a.type()), a.documentation());
    }

    private static SocketSchema socket(Socket s) {
        return new SocketSchema(s.name(), s.arity().name(), s.source().name(), s.property(), s.annotations());
    }
}
