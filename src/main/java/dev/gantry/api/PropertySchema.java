package dev.gantry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import dev.gantry.catalog.ValueRules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One property as the property editor needs it: kind, flags, rules, and nested shape. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PropertySchema(
        String name,
        TypeSchema type,
        boolean required,
        boolean createOnly,
        boolean secret,
        String documentation,
        RulesSchema rules) {

    /** Rules as plain JSON values; absent bounds are left out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RulesSchema(
            List<String> allowedValues,
            String pattern,
            Long minLength,
            Long maxLength,
            Double minimum,
            Double maximum) {

        static @Nullable RulesSchema of(ValueRules r) {
            if (r.equals(ValueRules.NONE)) {
                return null;
            }
            return new RulesSchema(
                    r.allowedValues(),
                    r.pattern().orElse(null),
                    r.minLength().orElse(null),
                    r.maxLength().orElse(null),
                    r.minimum().orElse(null),
                    r.maximum().orElse(null));
        }
    }

    static PropertySchema of(Property p) {
        return new PropertySchema(
                p.name(),
                TypeSchema.of(p.type()),
                p.required(),
                p.createOnly(),
                p.secret(),
                p.documentation(),
                RulesSchema.of(p.rules()));
    }

    /** Used by {@link TypeSchema} for object types. */
    static List<PropertySchema> all(PropertyType.ObjectType object) {
        return object.properties().values().stream().map(PropertySchema::of).toList();
    }
}
