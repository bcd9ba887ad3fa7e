package dev.gantry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import dev.gantry.model.Connection;
import dev.gantry.model.ValueSource;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * One property of the selected component: its name, an input fitting its type, where its value comes from, and
 * a menu to set it manually, unset it, see its source, or edit it as JSON.
 */
class PropertyField extends Div {

    private final Property property;
    private final BiFunction<String, JsonNode, Optional<String>> commit;
    private final Span source = new Span();
    private final Span explanation = new Span();
    private final Span refusal = new Span();
    private final Div inputSlot = new Div();
    private ValueEditor editor;
    private boolean json;
    private @Nullable JsonNode value;
    private @Nullable ValueSource from;

    /** {@code commit} stores a value and answers the server's refusal, if any, to show on the field. */
    PropertyField(Property property, BiFunction<String, JsonNode, Optional<String>> commit) {
        this.property = property;
        this.commit = commit;
        addClassName("gantry-property");
        getElement().setAttribute("data-testid", "property-" + property.name());
        explanation.addClassName("gantry-property-explanation");
        explanation.setVisible(false);
        refusal.addClassName("gantry-property-refusal");
        refusal.getElement().setAttribute("data-testid", "refusal-" + property.name());
        refusal.setVisible(false);
        inputSlot.addClassName("gantry-property-input");
        editor = newEditor();
        inputSlot.add(editor.component());
        add(configureLabel(), inputSlot, refusal, explanation);
    }

    private ValueEditor newEditor() {
        return json ? new JsonEditor(this::send) : ValueEditor.of(property.type(), property.rules(), this::send);
    }

    private void send() {
        send(editor.value());
    }

    private void send(JsonNode sent) {
        commit.apply(property.name(), sent).ifPresentOrElse(this::refuse, this::accepted);
    }

    /** Plain inputs show a refusal themselves; lists, maps and objects show it under the whole property. */
    private void refuse(String message) {
        editor.refuse(message);
        boolean own = editor instanceof ScalarEditor<?>
                || editor instanceof JsonEditor
                || editor instanceof MultiChoiceEditor;
        refusal.setText(message);
        refusal.setVisible(!own);
    }

    private void accepted() {
        editor.accept();
        refusal.setVisible(false);
    }

    private Div configureLabel() {
        Span name = new Span(property.name());
        name.addClassName("gantry-property-name");
        Div label = new Div(name);
        label.addClassName("gantry-property-label");
        if (property.required()) {
            label.add(tag("required", "gantry-tag-required"));
        }
        if (property.createOnly()) {
            label.add(tag("replaces", "gantry-tag-replaces"));
        }
        source.addClassName("gantry-source");
        label.add(source, PropertyMenu.button(property.name()));
        property.describe().ifPresent(doc -> name.getElement().setAttribute("title", doc));
        return label;
    }

    // ---- what the property menu (PropertyMenu) offers and does

    boolean canSetManually() {
        return (from == null || from.kind() != ValueSource.Kind.MANUAL) && !ValueEditor.isEmpty(value);
    }

    boolean canUnset() {
        return from != null && from.kind() == ValueSource.Kind.MANUAL;
    }

    boolean canEditAsJson() {
        return !(property.type() instanceof PropertyType.Scalar scalar)
                || scalar.primitive() == PropertyType.Primitive.JSON;
    }

    boolean editsAsJson() {
        return json;
    }

    void setManually() {
        send(value == null ? NullNode.getInstance() : value);
    }

    void unset() {
        send(NullNode.getInstance());
    }

    void toggleJson() {
        json = !json;
        inputSlot.removeAll();
        editor = newEditor();
        editor.show(value);
        inputSlot.add(editor.component());
    }

    void explain() {
        explanation.setVisible(true);
        explanation.setText(explanationText());
    }

    private String explanationText() {
        if (from == null) {
            return "Not set: no manual value, no connection or frame provides one, and it has no default.";
        }
        String why = from.connections().stream().map(Connection::explanation).collect(Collectors.joining("; "));
        return switch (from.kind()) {
            case MANUAL -> "Set manually on this component; it overrides connections and frames.";
            case EXPLICIT -> "From a connection: " + why;
            case IMPLICIT -> "From a frame: " + why;
            case PENDING -> "Waits for a value from: " + why;
            case DEFAULT -> "The default value.";
        };
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassNames("gantry-tag", className);
        return tag;
    }

    /** The field is about to show another component of the same asset: what was opened for this one closes. */
    void forget() {
        explanation.setVisible(false);
        if (json) {
            toggleJson();
        }
    }

    void show(@Nullable JsonNode shownValue, @Nullable ValueSource shownFrom) {
        value = shownValue;
        from = shownFrom;
        editor.show(shownValue);
        accepted();
        if (explanation.isVisible()) {
            explanation.setText(explanationText());
        }
        if (shownFrom == null) {
            source.setText("");
            source.setVisible(false);
            return;
        }
        source.setVisible(true);
        source.setText(label(shownFrom.kind()));
        source.getElement().setAttribute("data-source", shownFrom.kind().name().toLowerCase(Locale.ROOT));
        String why =
                shownFrom.connections().stream().map(Connection::explanation).collect(Collectors.joining("\n"));
        source.getElement().setAttribute("title", why.isEmpty() ? label(shownFrom.kind()) : why);
    }

    private static String label(ValueSource.Kind kind) {
        return switch (kind) {
            case MANUAL -> "manual";
            case EXPLICIT -> "connection";
            case IMPLICIT -> "frame";
            case PENDING -> "pending";
            case DEFAULT -> "default";
        };
    }
}
