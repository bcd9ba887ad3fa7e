package dev.gantry.changeset;

import org.jspecify.annotations.Nullable;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Geometry;
import dev.gantry.model.ResourceData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Components as stored JSON. The layout is flat on purpose ({@code name}, {@code type}, {@code domain.X}
 * become merge fields one to one) and written by hand so the stored form never changes with a record.
 */
final class ComponentCodec {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComponentCodec() {
    }

    static ObjectNode data(Component c) {
        ObjectNode data = NODES.objectNode();
        data.put("name", c.name());
        data.put("asset", c.assetName());
        data.put("type", c.type().name());
        data.put("parent", c.parent() == null ? null : c.parent().toString());
        Geometry g = c.geometry();
        data.putObject("geometry").put("x", g.x()).put("y", g.y()).put("width", g.width())
                .put("height", g.height());
        data.set("domain", c.domain());
        data.set("secrets", c.secrets());
        return data;
    }

    static Component component(ComponentId id, ObjectNode data, ResourceData resource) {
        JsonNode g = data.get("geometry");
        String parent = data.path("parent").asString(null);
        return new Component(id, data.get("name").asString(), data.get("asset").asString(),
                ComponentType.valueOf(data.get("type").asString()), parent == null ? null : ComponentId.parse(parent),
                new Geometry(g.get("x").asDouble(), g.get("y").asDouble(), g.get("width").asDouble(),
                        g.get("height").asDouble()),
                (ObjectNode) data.get("domain"), (ObjectNode) data.get("secrets"), resource);
    }

    static ObjectNode resource(ResourceData r) {
        ObjectNode node = NODES.objectNode();
        node.put("identifier", r.identifier());
        node.put("status", r.status());
        node.put("message", r.message());
        node.set("payload", r.payload());
        node.set("attributes", r.attributes());
        return node;
    }

    static @Nullable ResourceData resource(@Nullable ObjectNode node) {
        if (node == null) {
            return null;
        }
        return new ResourceData(node.path("identifier").asString(null), node.path("status").asString(null),
                node.path("message").asString(null), object(node.get("payload")), object(node.get("attributes")));
    }

    /**
     * A copy whose JSON nodes the receiver may keep or change: HEAD's resource data is shared by every reader of
     * a {@link HeadSnapshot}, so what leaves this package must not be a window onto it.
     */
    static ResourceData detached(ResourceData r) {
        return r == null ? null : new ResourceData(r.identifier(), r.status(), r.message(),
                r.payload() == null ? null : r.payload().deepCopy(),
                r.attributes() == null ? null : r.attributes().deepCopy());
    }

    /**
     * The stored form with secret values replaced, for the audit log's readers. The log itself keeps the sealed
     * values, so that it still shows when a secret changed (the ciphertext differs) without ever holding plaintext.
     */
    static ObjectNode redacted(ObjectNode data) {
        if (data == null || !data.has("secrets")) {
            return data;
        }
        ObjectNode copy = data.deepCopy();
        ObjectNode secrets = (ObjectNode) copy.get("secrets");
        secrets.propertyNames().stream().toList().forEach(k -> secrets.put(k, "<redacted>"));
        return copy;
    }

    static ObjectNode parse(String json) {
        return json == null ? null : (ObjectNode) JSON.readTree(json);
    }

    static String write(JsonNode node) {
        return node == null ? null : JSON.writeValueAsString(node);
    }

    private static ObjectNode object(JsonNode node) {
        return node instanceof ObjectNode o ? o : null;
    }
}
