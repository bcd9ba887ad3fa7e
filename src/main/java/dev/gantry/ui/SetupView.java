package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.gantry.security.AccountSetup;

/**
 * First run: no account exists yet, so whoever opens Gantry first creates the owner account (as with Grafana and
 * Jenkins). Once an account exists this page only sends visitors to sign-in.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Create the owner account · Gantry")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountSetup setup;
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("Password again");

    public SetupView(AccountSetup setup) {
        this.setup = setup;
        addClassName("gantry-setup");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(
                new H1("Create the owner account"),
                new Paragraph("Nobody has signed in to this Gantry yet. The owner manages members and roles and "
                        + "approves change sets."),
                configureForm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.ownerMissing()) {
            event.forwardTo(LoginView.class);
        }
    }

    private VerticalLayout configureForm() {
        username.setRequired(true);
        username.setAutofocus(true);
        password.setHelperText("At least 12 characters");
        Button create = new Button("Create owner account", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        VerticalLayout form = new VerticalLayout(username, password, repeat, create);
        form.setWidth("22rem");
        form.setPadding(false);
        return form;
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage("The passwords differ");
            return;
        }
        repeat.setInvalid(false);
        if (Refusals.attemptOrNotify(() -> setup.createOwner(username.getValue().strip(), password.getValue()))) {
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }
}
