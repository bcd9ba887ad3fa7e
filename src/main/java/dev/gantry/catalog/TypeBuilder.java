package dev.gantry.catalog;

import dev.gantry.catalog.PropertyType.ArrayOf;
import dev.gantry.catalog.PropertyType.MapOf;
import dev.gantry.catalog.PropertyType.ObjectType;
import dev.gantry.catalog.PropertyType.OneOf;
import dev.gantry.catalog.PropertyType.Primitive;
import dev.gantry.catalog.PropertyType.Scalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns the spec's type JSON into {@link PropertyType}s and {@link Property}s. Each type definition is built once
 * and equal shapes are interned, so the whole catalogue shares one {@code Tag}, one {@code KeyValuePair}, etc.
 *
 * <p>A few schemas are recursive (WAF rule statements, Glue schemas); where a type refers back to itself the
 * inner occurrence becomes {@code JSON}, which keeps the records acyclic (their equals/hashCode stay finite) and
 * still lets the user type the nested value.
 */
final class TypeBuilder {

    static final Scalar STRING = new Scalar(Primitive.STRING);
    static final Scalar INTEGER = new Scalar(Primitive.INTEGER);
    static final Scalar NUMBER = new Scalar(Primitive.NUMBER);
    static final Scalar BOOLEAN = new Scalar(Primitive.BOOLEAN);
    static final Scalar JSON = new Scalar(Primitive.JSON);

    private final Map<String, JsonNode> typesById;
    private final Interner interner;
    private final Map<String, PropertyType> built = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final ObjectType tag;

    TypeBuilder(Map<String, JsonNode> typesById, Interner interner) {
        this.typesById = typesById;
        this.interner = interner;
        this.tag = tagType();
    }

    Interner interner() {
        return interner;
    }

    /** The type definition a ref points at, for walkers that follow the raw schema (sockets, sub-assets). */
    JsonNode typeDefinition(String id) {
        return typesById.get(id);
    }

    Map<String, Property> properties(JsonNode properties, String ownerType) {
        return properties(properties, ownerType, null);
    }

    private Map<String, Property> properties(JsonNode properties, String ownerType, String nestedType) {
        Map<String, Property> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            String name = interner.intern(p.getKey());
            result.put(name, property(name, p.getValue(), ownerType, nestedType));
        }
        return Collections.unmodifiableMap(result);
    }

    Property property(String name, JsonNode spec, String ownerType) {
        return property(name, spec, ownerType, null);
    }

    private Property property(String name, JsonNode spec, String ownerType, String nestedType) {
        PropertyType type = type(spec.path("type"));
        String doc = interner.intern(Spec.text(spec, "documentation"));
        ValueRules rules = interner.intern(KnownRules.rulesFor(ownerType, nestedType, name, type, doc));
        Property property = new Property(
                name,
                type,
                spec.path("required").asBoolean(false),
                "yes".equals(Spec.text(spec, "causesReplacement")),
                false,
                doc,
                rules);
        // Object-typed properties are already shared through their memoised type; hashing them deeply to intern
        // them again would cost more load time than it saves memory.
        return type instanceof ObjectType ? property : interner.intern(property);
    }

    PropertyType type(JsonNode t) {
        return switch (Spec.text(t, "type")) {
            case "string", "date-time" -> STRING;
            case "integer" -> INTEGER;
            case "number" -> NUMBER;
            case "boolean" -> BOOLEAN;
            case "array" -> interner.intern(new ArrayOf(type(t.path("element"))));
            case "map" -> interner.intern(new MapOf(type(t.path("element"))));
            case "tag" -> tag;
            case "ref" -> reference(Spec.refId(t));
            case "union" -> union(t.path("types"));
            default -> JSON;
        };
    }

    private PropertyType reference(String id) {
        PropertyType done = built.get(id);
        if (done != null) {
            return done;
        }
        JsonNode definition = typesById.get(id);
        if (definition == null || !inProgress.add(id)) {
            return JSON;
        }
        String typeName = interner.intern(Spec.text(definition, "name"));
        ObjectType object =
                interner.intern(new ObjectType(typeName, properties(definition.path("properties"), null, typeName)));
        inProgress.remove(id);
        built.put(id, object);
        return object;
    }

    private PropertyType union(JsonNode alternatives) {
        List<PropertyType> types = new ArrayList<>();
        for (JsonNode alternative : alternatives) {
            types.add(type(alternative));
        }
        return interner.intern(new OneOf(List.copyOf(types)));
    }

    private ObjectType tagType() {
        Map<String, Property> props = new LinkedHashMap<>();
        props.put("Key", new Property("Key", STRING, true, false, false, "The tag's key.", ValueRules.NONE));
        props.put("Value", new Property("Value", STRING, true, false, false, "The tag's value.", ValueRules.NONE));
        return interner.intern(new ObjectType("Tag", Collections.unmodifiableMap(props)));
    }
}
