package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * The input fitting a property's type: text, number, checkbox, a choice of the allowed values, or JSON for
 * objects and arrays. It turns what the user typed into the JSON value sent to the server; an empty field
 * sends null, which unsets the manual value. What the user typed stays in the field when it is refused.
 *
 * @param <V> the field's own value type (text, a boolean)
 */
final class PropertyInput<V> {

    private final Component field;
    private final HasValue<?, V> value;
    private final Function<JsonNode, V> shown;
    private boolean showing;

    private <F extends Component & HasValue<?, V>> PropertyInput(
            F field, Function<V, JsonNode> sent, Function<JsonNode, V> shown, Consumer<JsonNode> commit) {
        this.field = field;
        this.value = field;
        this.shown = shown;
        field.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            try {
                commit.accept(sent.apply(e.getValue()));
            } catch (JacksonException notJson) {
                refuse("Not valid JSON: " + notJson.getOriginalMessage());
            }
        });
    }

    static PropertyInput<?> of(Property property, Consumer<JsonNode> commit) {
        if (!property.rules().allowedValues().isEmpty()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setItems(property.rules().allowedValues());
            choice.setClearButtonVisible(true);
            choice.setAllowCustomValue(false);
            choice.setWidthFull();
            return new PropertyInput<>(choice, PropertyInput::text, v -> isEmpty(v) ? null : v.asString(), commit);
        }
        if (property.type() instanceof PropertyType.Scalar scalar) {
            return switch (scalar.primitive()) {
                case STRING -> new PropertyInput<>(textField(), PropertyInput::text, PropertyInput::plain, commit);
                case INTEGER, NUMBER ->
                    new PropertyInput<>(textField(), PropertyInput::number, PropertyInput::plain, commit);
                case BOOLEAN ->
                    new PropertyInput<>(new Checkbox(), BooleanNode::valueOf, v -> v != null && v.asBoolean(), commit);
                case JSON -> json(commit);
            };
        }
        return json(commit);
    }

    Component component() {
        return field;
    }

    /** Shows a value without sending it back. */
    void show(JsonNode json) {
        showing = true;
        value.setValue(shown.apply(json));
        showing = false;
    }

    void refuse(String message) {
        if (field instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
        }
    }

    void accept() {
        if (field instanceof HasValidation validated) {
            validated.setInvalid(false);
            validated.setErrorMessage(null);
        }
    }

    private static PropertyInput<String> json(Consumer<JsonNode> commit) {
        TextArea area = new TextArea();
        area.setWidthFull();
        area.setPlaceholder("JSON");
        area.addClassName("gantry-json-input");
        return new PropertyInput<>(
                area,
                text -> text.isBlank()
                        ? NullNode.getInstance()
                        : JsonMapper.shared().readTree(text),
                v -> isEmpty(v)
                        ? ""
                        : JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(v),
                commit);
    }

    private static TextField textField() {
        TextField text = new TextField();
        text.setWidthFull();
        text.setClearButtonVisible(true);
        return text;
    }

    private static JsonNode text(String text) {
        return text == null || text.isEmpty() ? NullNode.getInstance() : StringNode.valueOf(text);
    }

    /** Not a number is sent as text all the same, so the server's message explains the refusal. */
    private static JsonNode number(String text) {
        String t = text.strip();
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

    private static String plain(JsonNode value) {
        return isEmpty(value) ? "" : value.isString() ? value.stringValue() : value.toString();
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull();
    }
}
