package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import dev.gantry.catalog.PropertyType.Primitive;
import dev.gantry.catalog.ValueRules;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Text, a number, a checkbox or a choice of the allowed values. No clear buttons: in Vaadin's fields Escape
 * clears a field that has one, and Escape is how a user leaves the panel (unset is in the property's menu).
 *
 * @param <V> the field's own value type
 */
final class ScalarEditor<V> implements ValueEditor {

    private final Component field;
    private final HasValue<?, V> input;
    private final Function<V, JsonNode> sent;
    private final Function<@Nullable JsonNode, V> shown;
    private boolean showing;

    private <F extends Component & HasValue<?, V>> ScalarEditor(
            F field, Function<V, JsonNode> sent, Function<@Nullable JsonNode, V> shown, Runnable changed) {
        this.field = field;
        this.input = field;
        this.sent = sent;
        this.shown = shown;
        field.addValueChangeListener(e -> {
            if (!showing) {
                changed.run();
            }
        });
    }

    static ValueEditor of(Primitive primitive, ValueRules rules, Runnable changed) {
        if (!rules.allowedValues().isEmpty() && primitive != Primitive.BOOLEAN) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setItems(rules.allowedValues());
            choice.setAllowCustomValue(false);
            choice.setWidthFull();
            return new ScalarEditor<>(
                    choice, ScalarEditor::text, v -> ValueEditor.isEmpty(v) ? null : v.asString(), changed);
        }
        return switch (primitive) {
            case STRING -> new ScalarEditor<>(textField(), ScalarEditor::text, ScalarEditor::plain, changed);
            case INTEGER, NUMBER -> new ScalarEditor<>(textField(), ScalarEditor::number, ScalarEditor::plain, changed);
            case BOOLEAN ->
                new ScalarEditor<>(new Checkbox(), BooleanNode::valueOf, v -> v != null && v.asBoolean(), changed);
            case JSON -> new JsonEditor(changed);
        };
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public void show(@Nullable JsonNode value) {
        V next = shown.apply(value);
        if (Objects.equals(next, input.getValue())) {
            return;
        }
        showing = true;
        input.setValue(next);
        showing = false;
    }

    @Override
    public JsonNode value() {
        return sent.apply(input.getValue());
    }

    @Override
    public void refuse(String message) {
        if (field instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    @Override
    public void accept() {
        if (field instanceof HasValidation validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }

    private static TextField textField() {
        TextField text = new TextField();
        text.setWidthFull();
        return text;
    }

    private static JsonNode text(@Nullable String text) {
        return text == null || text.isEmpty() ? NullNode.getInstance() : StringNode.valueOf(text);
    }

    /** Not a number is sent as text all the same, so the server's message explains the refusal. */
    private static JsonNode number(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return NullNode.getInstance();
        }
        try {
            return t.matches("-?\\d+")
                    ? LongNode.valueOf(Long.parseLong(t))
                    : DoubleNode.valueOf(Double.parseDouble(t));
        } catch (NumberFormatException notANumber) {
            return StringNode.valueOf(t);
        }
    }

    private static String plain(@Nullable JsonNode value) {
        return ValueEditor.isEmpty(value) ? "" : value.isString() ? value.stringValue() : value.toString();
    }
}
