package dev.gantry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.catalog.PropertyType;
import java.util.List;
import java.util.Locale;

/**
 * A property's kind: {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code json}, {@code array}
 * (with {@code element}), {@code map} (with {@code element}), {@code object} (with {@code typeName} and
 * {@code properties}) or {@code oneOf} (with {@code alternatives}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TypeSchema(
        String kind,
        TypeSchema element,
        String typeName,
        List<PropertySchema> properties,
        List<TypeSchema> alternatives) {

    static TypeSchema of(PropertyType type) {
        return switch (type) {
            case PropertyType.Scalar s -> leaf(s.primitive().name().toLowerCase(Locale.ROOT));
            case PropertyType.ArrayOf a -> new TypeSchema("array", of(a.element()), null, null, null);
            case PropertyType.MapOf m -> new TypeSchema("map", of(m.value()), null, null, null);
            case PropertyType.ObjectType o -> new TypeSchema("object", null, o.typeName(), PropertySchema.all(o), null);
            case PropertyType.OneOf u ->
                new TypeSchema(
                        "oneOf",
                        null,
                        null,
                        null,
                        u.alternatives().stream().map(TypeSchema::of).toList());
        };
    }

    private static TypeSchema leaf(String kind) {
        return new TypeSchema(kind, null, null, null, null);
    }
}
