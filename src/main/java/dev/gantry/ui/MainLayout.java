package dev.gantry.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.gantry.security.Actor;
import dev.gantry.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * Gantry's frame: the product name and the current change set, with what can be done to it, above every view;
 * who is signed in, with their role, and sign-out at the right.
 */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(ChangeSetBar changeSets, AuthenticationContext authentication) {
        addToNavbar(configureHeader(changeSets, authentication));
        setDrawerOpened(false);
    }

    private HorizontalLayout configureHeader(ChangeSetBar changeSets, AuthenticationContext authentication) {
        Span product = new Span("Gantry");
        product.addClassName("gantry-product");
        HorizontalLayout header = new HorizontalLayout(product, changeSets, configureAccount(authentication));
        header.addClassName("gantry-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, changeSets);
        return header;
    }

    private HorizontalLayout configureAccount(AuthenticationContext authentication) {
        Actor actor = Actor.current();
        Span who = new Span(
                actor.name() + (actor.role() == null ? "" : " · " + actor.role().label()));
        who.addClassName("gantry-signed-in");
        who.getElement().setAttribute("data-testid", "signed-in-user");
        Button signOut = new Button(GantryIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setAriaLabel("Sign out");
        signOut.setTooltipText("Sign out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        HorizontalLayout account = new HorizontalLayout(who);
        account.add(new RouterLink("Editor", EditorView.class), new RouterLink("Tokens", TokensView.class));
        if (actor.has(Role.OWNER)) {
            account.add(new RouterLink("Members", MembersView.class));
        }
        account.add(signOut);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.addClassName("gantry-account");
        return account;
    }
}
