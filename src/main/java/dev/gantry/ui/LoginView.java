package dev.gantry.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.gantry.security.AccountSetup;
import dev.gantry.security.SingleSignOn;

/** Sign-in; before the first account exists, the way to create the owner instead. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Gantry")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountSetup setup;
    private final LoginForm login = new LoginForm();

    public LoginView(AccountSetup setup, SingleSignOn singleSignOn) {
        this.setup = setup;
        addClassName("gantry-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Gantry"), login);
        for (SingleSignOn.Provider provider : singleSignOn.providers()) {
            Anchor link = new Anchor(provider.signInPath(), "Sign in with " + provider.name());
            link.setRouterIgnore(true); // a redirect to the identity provider, not a view
            link.addClassName("gantry-sso");
            add(link);
        }
        add(new Paragraph("Ask an owner of this Gantry for an account."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (setup.ownerMissing()) {
            event.forwardTo(SetupView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SingleSignOn.REFUSED_PARAMETER)) {
            showRefusal();
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }

    /** Why the identity provider's sign-in did not let the user in, instead of "incorrect username or password". */
    private void showRefusal() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object reason = session.getAttribute(SingleSignOn.REFUSAL_ATTRIBUTE);
        session.removeAttribute(SingleSignOn.REFUSAL_ATTRIBUTE);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Single sign-on refused");
        i18n.getErrorMessage()
                .setMessage(reason instanceof String text ? text : "The identity provider did not sign you in.");
        login.setI18n(i18n);
        login.setError(true);
    }
}
