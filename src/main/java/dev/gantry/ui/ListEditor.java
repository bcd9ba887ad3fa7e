package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import dev.gantry.catalog.PropertyType;
import dev.gantry.catalog.ValueRules;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;

/**
 * A list: a typed input per item, each movable up and down and removable, and "Add item". An added item is sent
 * once it has a value; empty items are left out of the list.
 */
final class ListEditor implements ValueEditor {

    private final PropertyType element;
    private final ValueRules rules;
    private final Runnable changed;
    private final int depth;
    private final Div items = new Div();
    private final Div layout;
    private final List<ValueEditor> rows = new ArrayList<>();

    ListEditor(PropertyType element, ValueRules rules, Runnable changed, int depth) {
        this.depth = depth;
        this.element = element;
        this.rules = rules;
        this.changed = changed;
        items.addClassName("gantry-list-items");
        Button add = new Button(
                "Add item",
                GantryIcon.PLUS.create(),
                e -> addRow(null).component().getElement().callJsFunction("focus"));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add.addClassName("gantry-list-add");
        layout = new Div(items, add);
        layout.addClassName("gantry-list");
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
        items.removeAll();
        rows.clear();
        if (value != null && value.isArray()) {
            value.forEach(this::addRow);
        }
    }

    @Override
    public JsonNode value() {
        ArrayNode list = JsonMapper.shared().createArrayNode();
        rows.stream().map(ValueEditor::value).filter(v -> !v.isNull()).forEach(list::add);
        return list.isEmpty() ? NullNode.getInstance() : list;
    }

    private ValueEditor addRow(@Nullable JsonNode value) {
        ValueEditor editor = ValueEditor.of(element, rules, changed, depth);
        editor.show(value);
        rows.add(editor);
        Div row = new Div();
        row.addClassName("gantry-list-item");
        row.getElement().setAttribute("data-testid", "list-item");
        Div controls = new Div(
                control(GantryIcon.ARROW_UP, "Move up", () -> move(editor, -1)),
                control(GantryIcon.ARROW_DOWN, "Move down", () -> move(editor, 1)),
                control(GantryIcon.CLOSE_SMALL, "Remove item", () -> remove(editor)));
        controls.addClassName("gantry-list-controls");
        row.add(editor.component(), controls);
        items.add(row);
        return editor;
    }

    private void move(ValueEditor editor, int by) {
        int from = rows.indexOf(editor);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        List<JsonNode> values =
                new ArrayList<>(rows.stream().map(ValueEditor::value).toList());
        values.add(to, values.remove(from));
        rebuild(values);
        changed.run();
    }

    private void remove(ValueEditor editor) {
        List<JsonNode> values =
                new ArrayList<>(rows.stream().map(ValueEditor::value).toList());
        values.remove(rows.indexOf(editor));
        rebuild(values);
        changed.run();
    }

    private void rebuild(List<JsonNode> values) {
        items.removeAll();
        rows.clear();
        values.forEach(this::addRow);
    }

    private static Button control(GantryIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
