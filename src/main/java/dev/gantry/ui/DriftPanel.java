package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.gantry.action.ApplyService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.DriftView;
import dev.gantry.model.Drift;
import java.util.List;

/**
 * The Drift view: refresh HEAD's resources, see each property where the cloud differs from what is wanted, and
 * either accept the cloud's value (an edit) or restore the wanted one (an update): each opens a change set.
 */
class DriftPanel extends VerticalLayout {

    private final ComponentService components;
    private final ApplyService apply;
    private final CurrentChangeSet current;
    private final Div list = new Div();

    DriftPanel(ComponentService components, ApplyService apply, CurrentChangeSet current) {
        this.components = components;
        this.apply = apply;
        this.current = current;
        addClassName("gantry-drift");
        setPadding(false);
        Button refresh = new Button(
                "Refresh from the cloud",
                e -> Refusals.attemptOrNotify(() -> {
                    current.runStarted(apply.refreshAll().id());
                }));
        refresh.getElement().setAttribute("data-testid", "drift-refresh");
        list.getElement().setAttribute("data-testid", "drift-list");
        add(new H4("Drift"), refresh, list);
    }

    void show() {
        list.removeAll();
        List<DriftView> drifted = components.drift();
        if (drifted.isEmpty()) {
            list.add(new Span("No drift: every resource, as last refreshed, is as wanted."));
        }
        drifted.forEach(d -> list.add(entry(d)));
    }

    private Div entry(DriftView drifted) {
        Div entry = new Div(new H4(drifted.name() + " (" + drifted.assetName() + ")"));
        entry.addClassName("gantry-drift-entry");
        entry.getElement().setAttribute("data-testid", "drift-" + drifted.name());
        for (Drift.Property p : drifted.properties()) {
            Span line = new Span(p.name() + ": wanted " + p.desired() + ", cloud has " + p.actual());
            line.addClassName("gantry-drift-property");
            entry.add(new Div(line));
        }
        Button accept =
                new Button("Accept cloud values", e -> open(() -> components.acceptDrift(drifted.id(), List.of())));
        Button restore = new Button("Restore wanted values", e -> open(() -> components.restoreDrift(drifted.id())));
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.getElement().setAttribute("data-testid", "drift-accept-" + drifted.name());
        restore.getElement().setAttribute("data-testid", "drift-restore-" + drifted.name());
        entry.add(new Div(accept, restore));
        return entry;
    }

    private void open(java.util.function.Supplier<ComponentView> change) {
        ComponentView[] changed = new ComponentView[1];
        if (Refusals.attemptOrNotify(() -> changed[0] = change.get())) {
            current.follow(changed[0].changeSetId());
            Refusals.done("Opened change set: review and apply it");
        }
    }
}
