package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.gantry.security.TokenService;
import jakarta.annotation.security.PermitAll;

/** Your personal access tokens: create one (shown once), see when each was last used, revoke. */
@Route(value = "tokens", layout = MainLayout.class)
@PageTitle("Access tokens · Gantry")
@PermitAll
public class TokensView extends VerticalLayout {

    private final TokenService tokens;
    private final Grid<TokenService.TokenView> grid = new Grid<>();
    private final TextField shown = new TextField("Your new token (copy it now: it is not shown again)");

    public TokensView(TokenService tokens) {
        this.tokens = tokens;
        addClassName("gantry-tokens");
        shown.setReadOnly(true);
        shown.setWidth("40rem");
        shown.setVisible(false);
        shown.getElement().setAttribute("data-testid", "new-token");
        add(
                new H2("Access tokens"),
                new Paragraph("Send a token as 'Authorization: Bearer …' to call the API as " + "you, with your role."),
                configureCreating(),
                shown,
                configureGrid());
        refresh();
    }

    private HorizontalLayout configureCreating() {
        TextField name = new TextField("Name");
        name.setPlaceholder("ci");
        Button create = new Button(
                "Create token",
                e -> Refusals.attemptOrNotify(() -> {
                    TokenService.NewToken created = tokens.create(name.getValue());
                    shown.setValue(created.token());
                    shown.setVisible(true);
                    name.clear();
                    refresh();
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout creating = new HorizontalLayout(name, create);
        creating.setAlignItems(FlexComponent.Alignment.BASELINE);
        return creating;
    }

    private Grid<TokenService.TokenView> configureGrid() {
        grid.addColumn(TokenService.TokenView::name).setHeader("Name");
        grid.addColumn(TokenService.TokenView::createdAt).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : t.lastUsedAt().toString())
                .setHeader("Last used");
        grid.addComponentColumn(token -> {
            if (token.revokedAt() != null) {
                return new Paragraph("revoked");
            }
            Button revoke = new Button("Revoke", e -> {
                Refusals.attemptOrNotify(() -> tokens.revoke(token.id()));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
