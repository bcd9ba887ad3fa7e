package dev.gantry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.gantry.catalog.Property;
import dev.gantry.model.Connection;
import dev.gantry.model.ValueSource;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** One property of the selected component: its name, its resolved value, and where that value came from. */
class PropertyField extends Div {

    private final Span source = new Span();
    private final PropertyInput<?> input;

    /** {@code commit} stores a value and answers the server's refusal, if any, to show on the field. */
    PropertyField(Property property, BiFunction<String, JsonNode, Optional<String>> commit) {
        addClassName("gantry-property");
        getElement().setAttribute("data-testid", "property-" + property.name());
        input = PropertyInput.of(
                property, value -> commit.apply(property.name(), value).ifPresentOrElse(this::refuse, this::accepted));
        add(configureLabel(property), input.component());
    }

    private Div configureLabel(Property property) {
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
        label.add(source);
        property.describe().ifPresent(doc -> label.getElement().setAttribute("title", doc));
        return label;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassNames("gantry-tag", className);
        return tag;
    }

    void show(JsonNode value, ValueSource from) {
        input.show(value);
        input.accept();
        if (from == null) {
            source.setText("");
            source.setVisible(false);
            return;
        }
        source.setVisible(true);
        source.setText(label(from.kind()));
        source.getElement().setAttribute("data-source", from.kind().name().toLowerCase(Locale.ROOT));
        String why = from.connections().stream().map(Connection::explanation).collect(Collectors.joining("\n"));
        source.getElement().setAttribute("title", why.isEmpty() ? label(from.kind()) : why);
    }

    private void refuse(String message) {
        input.refuse(message);
    }

    private void accepted() {
        input.accept();
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
