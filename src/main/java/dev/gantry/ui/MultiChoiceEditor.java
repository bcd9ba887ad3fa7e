package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;

/** A list of allowed values (RequiresCompatibilities): pick any of them; the list keeps the catalogue's order. */
final class MultiChoiceEditor implements ValueEditor {

    private final MultiSelectComboBox<String> choice = new MultiSelectComboBox<>();
    private final List<String> allowed;
    private boolean showing;

    MultiChoiceEditor(List<String> allowed, Runnable changed) {
        this.allowed = List.copyOf(allowed);
        choice.setItems(allowed);
        choice.setWidthFull();
        choice.setAllowCustomValue(false);
        choice.addValueChangeListener(e -> {
            if (!showing) {
                changed.run();
            }
        });
    }

    @Override
    public Component component() {
        return choice;
    }

    @Override
    public void show(@Nullable JsonNode value) {
        Set<String> next = new LinkedHashSet<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> next.add(item.asString()));
        } else if (value != null && value.isString()) {
            next.add(value.asString()); // a single value where a list belongs still shows
        }
        if (next.equals(choice.getValue())) {
            return;
        }
        showing = true;
        choice.setValue(next);
        showing = false;
    }

    @Override
    public JsonNode value() {
        Set<String> picked = choice.getValue();
        if (picked.isEmpty()) {
            return NullNode.getInstance();
        }
        ArrayNode list = JsonMapper.shared().createArrayNode();
        allowed.stream().filter(picked::contains).forEach(list::add);
        picked.stream().filter(p -> !allowed.contains(p)).forEach(list::add);
        return list;
    }

    @Override
    public void refuse(String message) {
        choice.setErrorMessage(message);
        choice.setInvalid(true);
    }

    @Override
    public void accept() {
        choice.setInvalid(false);
        choice.setErrorMessage(null);
    }
}
