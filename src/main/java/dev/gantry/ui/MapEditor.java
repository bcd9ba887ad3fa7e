package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import dev.gantry.catalog.PropertyType;
import dev.gantry.catalog.ValueRules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** A map (tags, labels, options): a row per entry with its key and a typed input for its value. */
final class MapEditor implements ValueEditor {

    private final PropertyType valueType;
    private final Runnable changed;
    private final int depth;
    private final Div entries = new Div();
    private final Div layout;
    private final Map<TextField, ValueEditor> rows = new LinkedHashMap<>();

    MapEditor(PropertyType valueType, Runnable changed, int depth) {
        this.depth = depth;
        this.valueType = valueType;
        this.changed = changed;
        entries.addClassName("gantry-map-entries");
        Button add = new Button(
                "Add entry", GantryIcon.PLUS.create(), e -> addRow("", null).focus());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        layout = new Div(entries, add);
        layout.addClassName("gantry-map");
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public void show(@Nullable JsonNode value) {
        if (value == null ? value().isNull() : value.equals(value())) {
            return;
        }
        entries.removeAll();
        rows.clear();
        if (value != null && value.isObject()) {
            value.properties().forEach(e -> addRow(e.getKey(), e.getValue()));
        }
    }

    @Override
    public JsonNode value() {
        ObjectNode map = JsonMapper.shared().createObjectNode();
        rows.forEach((key, editor) -> {
            JsonNode v = editor.value();
            if (!key.getValue().isBlank() && !v.isNull()) {
                map.set(key.getValue().strip(), v);
            }
        });
        return map.isEmpty() ? NullNode.getInstance() : map;
    }

    private TextField addRow(String key, @Nullable JsonNode value) {
        TextField name = new TextField();
        name.setPlaceholder("Key");
        name.setValue(key);
        name.addClassName("gantry-map-key");
        name.addValueChangeListener(e -> changed.run());
        ValueEditor editor = ValueEditor.of(valueType, ValueRules.NONE, changed, depth);
        editor.show(value);
        rows.put(name, editor);
        Div row = new Div();
        Button remove = new Button(GantryIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(name);
            entries.remove(row);
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove entry");
        row.add(name, editor.component(), remove);
        row.addClassName("gantry-map-entry");
        row.getElement().setAttribute("data-testid", "map-entry");
        entries.add(row);
        return name;
    }
}
