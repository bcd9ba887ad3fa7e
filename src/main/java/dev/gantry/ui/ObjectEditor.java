package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object as a group of its fields, each with its own typed input. Small objects of plain values (a tag's
 * Key and Value, a matcher's HttpCode) lay out in one row.
 */
final class ObjectEditor implements ValueEditor {

    private static final int ONE_ROW_FIELDS = 3;

    private final Div group = new Div();
    private final Map<String, ValueEditor> fields = new LinkedHashMap<>();

    ObjectEditor(PropertyType.ObjectType type, Runnable changed, int depth) {
        group.addClassName("gantry-object");
        boolean compact = type.properties().size() <= ONE_ROW_FIELDS
                && type.properties().values().stream().allMatch(p -> p.type() instanceof PropertyType.Scalar);
        if (compact) {
            group.addClassName("gantry-object-row");
        }
        for (Property child : type.properties().values()) {
            ValueEditor editor = ValueEditor.of(child.type(), child.rules(), changed, depth);
            fields.put(child.name(), editor);
            Span label = new Span(child.name() + (child.required() ? " *" : ""));
            label.addClassName("gantry-object-label");
            child.describe().ifPresent(doc -> label.getElement().setAttribute("title", doc));
            Div field = new Div(label, editor.component());
            field.addClassName("gantry-object-field");
            field.getElement().setAttribute("data-testid", "field-" + child.name());
            group.add(field);
        }
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public void show(@Nullable JsonNode value) {
        fields.forEach((name, editor) -> editor.show(value == null || !value.isObject() ? null : value.get(name)));
    }

    @Override
    public JsonNode value() {
        ObjectNode object = JsonMapper.shared().createObjectNode();
        fields.forEach((name, editor) -> {
            JsonNode v = editor.value();
            if (!v.isNull()) {
                object.set(name, v);
            }
        });
        return object.isEmpty() ? NullNode.getInstance() : object;
    }
}
