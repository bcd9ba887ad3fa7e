package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Geometry;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import org.jspecify.annotations.Nullable;
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

    private ComponentCodec() {}

    static ObjectNode data(Component c) {
        ObjectNode data = NODES.objectNode();
        data.put("name", c.name());
        data.put("asset", c.assetName());
        data.put("type", c.type().name());
        data.put("parent", c.parent() == null ? null : c.parent().toString());
        Geometry g = c.geometry();
        data.putObject("geometry")
                .put("x", g.x())
                .put("y", g.y())
                .put("width", g.width())
                .put("height", g.height());
        data.set("domain", c.domain());
        data.set("secrets", c.secrets());
        if (c.imported() != null) {
            data.put("import", c.imported());
        }
        if (c.restore() != null) {
            data.put("restore", c.restore());
        }
        return data;
    }

    /**
     * Decodes leniently: a field that cannot be read (written by an older version, or by hand) is replaced by a
     * default and named in the component's {@link Component#damage()}, which shows as an error finding on that
     * component. One unreadable row must never make the whole change set fail to load.
     */
    static Component component(ComponentId id, ObjectNode data, ResourceData resource) {
        Decoding d = new Decoding(data);
        String asset = data.path("asset").asString(null);
        if (asset == null) {
            throw new IllegalStateException("Stored component " + id + " has no asset: " + data);
        }
        String name = d.text("name", asset);
        ComponentType type = d.type();
        ComponentId parent = d.parent();
        Geometry defaults = Geometry.DEFAULT;
        JsonNode g = data.path("geometry");
        Geometry geometry = new Geometry(
                d.coordinate(g, "x", defaults.x()),
                d.coordinate(g, "y", defaults.y()),
                d.size(g, "width", defaults.width()),
                d.size(g, "height", defaults.height()));
        String imported = data.path("import").isString() ? data.get("import").asString() : null;
        return new Component(
                id,
                name,
                asset,
                type,
                parent,
                geometry,
                d.object("domain"),
                d.object("secrets"),
                resource,
                d.damage(),
                imported,
                data.path("restore").isString() ? data.get("restore").asString() : null);
    }

    /** Reads one stored component, collecting what had to be replaced by a default. */
    private static final class Decoding {

        private final ObjectNode data;
        private final java.util.List<String> problems = new java.util.ArrayList<>();

        Decoding(ObjectNode data) {
            this.data = data;
        }

        String text(String field, String fallback) {
            JsonNode node = data.get(field);
            if (node != null && node.isString()) {
                return node.asString();
            }
            problems.add(field + " was " + shown(node));
            return fallback;
        }

        private static String shown(JsonNode node) {
            String text = String.valueOf(node);
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }

        ComponentType type() {
            try {
                return ComponentType.valueOf(data.path("type").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add("type was " + shown(data.get("type")));
                return ComponentType.COMPONENT;
            }
        }

        ComponentId parent() {
            JsonNode node = data.get("parent");
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                return ComponentId.parse(node.asString(""));
            } catch (IllegalArgumentException e) {
                problems.add("parent was " + shown(node));
                return null;
            }
        }

        double coordinate(JsonNode geometry, String field, double fallback) {
            JsonNode node = geometry.get(field);
            if (node != null && node.isNumber() && Double.isFinite(node.asDouble())) {
                return node.asDouble();
            }
            problems.add("geometry." + field + " was " + shown(node));
            return fallback;
        }

        double size(JsonNode geometry, String field, double fallback) {
            double value = coordinate(geometry, field, fallback);
            if (value > 0) {
                return value;
            }
            problems.add("geometry." + field + " was " + value);
            return fallback;
        }

        ObjectNode object(String field) {
            JsonNode node = data.get(field);
            if (node == null || node.isNull() || node instanceof ObjectNode) {
                return (ObjectNode) node;
            }
            problems.add(field + " was not an object");
            return null;
        }

        String damage() {
            return problems.isEmpty() ? null : String.join("; ", problems);
        }
    }

    static ObjectNode resource(ResourceData r) {
        ObjectNode node = NODES.objectNode();
        node.put("identifier", r.identifier());
        node.put("status", r.status() == null ? null : r.status().label());
        node.put("message", r.message());
        node.set("payload", r.payload());
        node.set("attributes", r.attributes());
        return node;
    }

    static @Nullable ResourceData resource(@Nullable ObjectNode node) {
        if (node == null) {
            return null;
        }
        // Labels other than ok/missing/failed were accepted once (the API took any text): read them as none.
        ResourceStatus status =
                ResourceStatus.find(node.path("status").asString("")).orElse(null);
        return new ResourceData(
                node.path("identifier").asString(null),
                status,
                node.path("message").asString(null),
                object(node.get("payload")),
                object(node.get("attributes")));
    }

    /**
     * A copy whose JSON nodes the receiver may keep or change: HEAD's resource data is shared by every reader of
     * a {@link HeadSnapshot}, so what leaves this package must not be a window onto it.
     */
    static ResourceData detached(ResourceData r) {
        return r == null
                ? null
                : new ResourceData(
                        r.identifier(),
                        r.status(),
                        r.message(),
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
