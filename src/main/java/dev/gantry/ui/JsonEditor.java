package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * JSON text, for shapes no form fits and for power users. Text that is not JSON stays in the field with where it
 * breaks; JSON goes to the server, which checks it against the schema and names the field and rule it breaks.
 */
final class JsonEditor implements ValueEditor {

    private final TextArea area = new TextArea();
    private JsonNode parsed = NullNode.getInstance();
    private boolean showing;

    JsonEditor(Runnable changed) {
        area.setWidthFull();
        area.setPlaceholder("JSON");
        area.addClassName("gantry-json-input");
        area.addValueChangeListener(e -> {
            if (showing) {
                return;
            }
            String text = e.getValue();
            try {
                parsed = text.isBlank()
                        ? NullNode.getInstance()
                        : JsonMapper.shared().readTree(text);
            } catch (JacksonException notJson) {
                refuse(explain(notJson));
                return;
            }
            changed.run();
        });
    }

    /** "Not valid JSON at line 2, column 7: …" in words rather than the parser's token names. */
    static String explain(JacksonException notJson) {
        TokenStreamLocation at = notJson.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String what = notJson.getOriginalMessage();
        int detail = what.indexOf(" (for ");
        what = (detail > 0 ? what.substring(0, detail) : what).replace("Unexpected character", "unexpected");
        return "Not valid JSON" + where + ": " + what;
    }

    @Override
    public Component component() {
        return area;
    }

    @Override
    public void show(@Nullable JsonNode value) {
        JsonNode next = value == null ? NullNode.getInstance() : value;
        if (next.equals(parsed) && !area.isInvalid()) {
            return;
        }
        parsed = next;
        showing = true;
        area.setValue(
                ValueEditor.isEmpty(next)
                        ? ""
                        : JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(next));
        showing = false;
    }

    @Override
    public JsonNode value() {
        return parsed;
    }

    @Override
    public void refuse(String message) {
        area.setErrorMessage(message);
        area.setInvalid(true);
    }

    @Override
    public void accept() {
        area.setInvalid(false);
        area.setErrorMessage(null);
    }
}
