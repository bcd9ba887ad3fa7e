package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import java.util.function.Consumer;
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
 */
abstract class PropertyInput {

    static PropertyInput of(Property property, Consumer<JsonNode> commit) {
        PropertyType type = property.type();
        if (!property.rules().allowedValues().isEmpty()) {
            return new Choice(property, commit);
        }
        if (type instanceof PropertyType.Scalar scalar) {
            return switch (scalar.primitive()) {
                case STRING -> new Text(commit, false);
                case INTEGER, NUMBER -> new Text(commit, true);
                case BOOLEAN -> new Flag(commit);
                case JSON -> new Json(commit);
            };
        }
        return new Json(commit);
    }

    abstract Component component();

    /** Shows a value without sending it back. */
    abstract void show(JsonNode value);

    void refuse(String message) {
        if (component() instanceof HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    void accept() {
        if (component() instanceof HasValidation field) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private static final class Text extends PropertyInput {
        private final TextField field = new TextField();
        private boolean showing;

        Text(Consumer<JsonNode> commit, boolean numeric) {
            field.setWidthFull();
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> {
                if (!showing) {
                    commit.accept(numeric ? number(e.getValue()) : text(e.getValue()));
                }
            });
        }

        /** Not a number is sent as text all the same, so the server's message explains the refusal. */
        private static JsonNode number(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                return NullNode.getInstance();
            }
            try {
                return t.matches("-?\\d+") ? LongNode.valueOf(Long.parseLong(t)) : DoubleNode.valueOf(Double.parseDouble(t));
            } catch (NumberFormatException notANumber) {
                return StringNode.valueOf(t);
            }
        }

        private static JsonNode text(String text) {
            return text.isEmpty() ? NullNode.getInstance() : StringNode.valueOf(text);
        }

        @Override
        Component component() {
            return field;
        }

        @Override
        void show(JsonNode value) {
            showing = true;
            field.setValue(value == null || value.isNull() ? "" : value.isString() ? value.stringValue() : value.toString());
            showing = false;
        }
    }

    private static final class Choice extends PropertyInput {
        private final ComboBox<String> field = new ComboBox<>();
        private boolean showing;

        Choice(Property property, Consumer<JsonNode> commit) {
            field.setItems(property.rules().allowedValues());
            field.setWidthFull();
            field.setClearButtonVisible(true);
            field.setAllowCustomValue(false);
            field.addValueChangeListener(e -> {
                if (!showing) {
                    commit.accept(e.getValue() == null ? NullNode.getInstance() : StringNode.valueOf(e.getValue()));
                }
            });
        }

        @Override
        Component component() {
            return field;
        }

        @Override
        void show(JsonNode value) {
            showing = true;
            field.setValue(value == null || value.isNull() ? null : value.asString());
            showing = false;
        }
    }

    private static final class Flag extends PropertyInput {
        private final Checkbox field = new Checkbox();
        private boolean showing;

        Flag(Consumer<JsonNode> commit) {
            field.addValueChangeListener(e -> {
                if (!showing) {
                    commit.accept(BooleanNode.valueOf(e.getValue()));
                }
            });
        }

        @Override
        Component component() {
            return field;
        }

        @Override
        void show(JsonNode value) {
            showing = true;
            field.setValue(value != null && value.asBoolean());
            showing = false;
        }
    }

    private static final class Json extends PropertyInput {
        private final TextArea field = new TextArea();
        private boolean showing;

        Json(Consumer<JsonNode> commit) {
            field.setWidthFull();
            field.setPlaceholder("JSON");
            field.addClassName("gantry-json-input");
            field.addValueChangeListener(e -> {
                if (showing) {
                    return;
                }
                String text = e.getValue().strip();
                try {
                    commit.accept(text.isEmpty() ? NullNode.getInstance() : JsonMapper.shared().readTree(text));
                } catch (JacksonException notJson) {
                    refuse("Not valid JSON: " + notJson.getOriginalMessage());
                }
            });
        }

        @Override
        Component component() {
            return field;
        }

        @Override
        void show(JsonNode value) {
            showing = true;
            field.setValue(value == null || value.isNull() ? ""
                    : JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(value));
            showing = false;
        }
    }
}
