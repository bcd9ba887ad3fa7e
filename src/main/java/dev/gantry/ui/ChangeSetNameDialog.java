package dev.gantry.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks for a change set's name, for a new change set or a rename. {@code save} answers the server's refusal, if
 * any, which shows at the field while the dialog stays open with what the user typed.
 */
class ChangeSetNameDialog extends Dialog {

    private final TextField name = new TextField("Name");

    ChangeSetNameDialog(String title, String action, String initial, Function<String, Optional<String>> save) {
        setHeaderTitle(title);
        getElement().setAttribute("data-testid", "change-set-name-dialog");
        name.setValue(initial);
        name.setWidth("24rem");
        name.setAutofocus(true);
        name.setAutoselect(true);
        name.getElement().setAttribute("data-testid", "change-set-name");
        Button ok = new Button(action, e -> submit(save));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.getElement().setAttribute("data-testid", "change-set-name-save");
        ok.addClickShortcut(Key.ENTER);
        add(name);
        getFooter().add(new Button("Cancel", e -> close()), ok);
    }

    private void submit(Function<String, Optional<String>> save) {
        String typed = name.getValue().strip();
        if (typed.isEmpty()) {
            refuse("A change set needs a name");
            return;
        }
        save.apply(typed).ifPresentOrElse(this::refuse, this::close);
    }

    private void refuse(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }
}
