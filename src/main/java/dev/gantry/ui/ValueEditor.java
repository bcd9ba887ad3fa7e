package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import dev.gantry.catalog.PropertyType;
import dev.gantry.catalog.ValueRules;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * An input for one value of a schema type, composed for nested types: a list editor holds an editor per item, an
 * object editor one per field. Editors report that the user changed something; the property's field then reads
 * the whole value and sends it.
 */
interface ValueEditor {

    Component component();

    /** Shows a value without reporting a change; what the user is typing stays when it already says the same. */
    void show(@Nullable JsonNode value);

    /** The value as the editor holds it now: {@link NullNode} when empty (unset). */
    JsonNode value();

    /** Shows why the server refused the value, at the input. */
    default void refuse(String message) {}

    default void accept() {}

    /** Nesting deeper than this is edited as JSON: a form that deep helps nobody, and some types nest forever. */
    int FORM_DEPTH = 4;

    /** The editor fitting a schema type; {@code changed} is called whenever the user changes the value. */
    static ValueEditor of(PropertyType type, ValueRules rules, Runnable changed) {
        return of(type, rules, changed, 0);
    }

    static ValueEditor of(PropertyType type, ValueRules rules, Runnable changed, int depth) {
        if (depth > FORM_DEPTH && !(type instanceof PropertyType.Scalar)) {
            return new JsonEditor(changed);
        }
        return switch (type) {
            case PropertyType.ArrayOf array
            when array.element() instanceof PropertyType.Scalar
                    && !rules.allowedValues().isEmpty() -> new MultiChoiceEditor(rules.allowedValues(), changed);
            case PropertyType.ArrayOf array -> new ListEditor(array.element(), rules, changed, depth + 1);
            case PropertyType.MapOf map -> new MapEditor(map.value(), changed, depth + 1);
            case PropertyType.ObjectType object -> new ObjectEditor(object, changed, depth + 1);
            case PropertyType.Scalar scalar -> ScalarEditor.of(scalar.primitive(), rules, changed);
            case PropertyType.OneOf oneOf -> new JsonEditor(changed);
        };
    }

    static boolean isEmpty(@Nullable JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
