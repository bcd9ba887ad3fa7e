package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.gantry.action.ActionPlan;
import dev.gantry.action.ApplyService;
import dev.gantry.action.PlannedAction;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.Conflict;
import dev.gantry.changeset.DiffView;
import dev.gantry.model.ComponentDiff;
import dev.gantry.model.ComponentId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What a reviewer reads before approving: conflicts with HEAD, the diff per component and property, and the
 * actions apply will run in order with the critical path marked. A run in progress shows on top.
 */
class ReviewPanel extends VerticalLayout {

    private static final int VALUE_CHARS = 60;

    private final ChangeSetService changeSets;
    private final ApplyService apply;
    private final RunProgress run;
    private final Div body = new Div();
    private Consumer<ComponentId> onSelect = id -> {};

    ReviewPanel(ChangeSetService changeSets, ApplyService apply, ServerEvents events) {
        this.changeSets = changeSets;
        this.apply = apply;
        this.run = new RunProgress(apply, events);
        addClassName("gantry-review");
        setPadding(false);
        body.addClassName("gantry-review-body");
        add(run, body);
    }

    void followRun(UUID runId) {
        run.follow(runId);
    }

    void show(ChangeSetId changeSet) {
        body.removeAll();
        if (changeSet.isHead()) {
            body.add(empty("HEAD is what is applied. Edit the diagram (a change set is created for you) or pick "
                    + "a change set to review it."));
            return;
        }
        DiffView diff = changeSets.diff(changeSet);
        if (!diff.conflicts().isEmpty()) {
            body.add(new H4("Conflicts with HEAD"));
            diff.conflicts().forEach(c -> body.add(conflict(changeSet, c)));
        }
        body.add(new H4("Changes"));
        if (diff.components().isEmpty()) {
            body.add(empty("No changes yet."));
        }
        List<ComponentDiff> layoutOnly =
                diff.components().stream().filter(ReviewPanel::layoutOnly).toList();
        diff.components().stream().filter(c -> !layoutOnly(c)).forEach(c -> body.add(component(c)));
        if (!layoutOnly.isEmpty()) {
            Div moved = new Div();
            layoutOnly.forEach(c -> moved.add(component(c)));
            Details layout = new Details("Layout only: " + layoutOnly.size() + " moved or resized", moved);
            layout.addClassName("gantry-diff-layout");
            layout.getElement().setAttribute("data-testid", "diff-layout-only");
            body.add(layout);
        }
        showPlan(apply.plan(changeSet));
    }

    private void showPlan(ActionPlan plan) {
        body.add(new H4("Plan"));
        if (plan.isEmpty()) {
            body.add(empty("Apply would run no actions."));
            return;
        }
        Set<UUID> critical = plan.criticalPath().stream().map(PlannedAction::id).collect(Collectors.toSet());
        Span legend = new Span("Highlighted: the critical path, the longest chain of actions that wait on each other.");
        legend.addClassName("gantry-review-legend");
        body.add(legend);
        int step = 1;
        for (PlannedAction action : plan.actions()) {
            Span number = new Span(step++ + ".");
            Span kind = new Span(action.kind().name().toLowerCase(Locale.ROOT));
            kind.addClassNames(
                    "gantry-badge", "gantry-kind-" + action.kind().name().toLowerCase(Locale.ROOT));
            Span name = new Span(action.componentName());
            name.addClassName("gantry-plan-name");
            Span type = new Span(action.resourceType() == null ? "" : action.resourceType());
            type.addClassName("gantry-plan-type");
            Div row = new Div(number, kind, name, type);
            row.addClassName("gantry-plan-action");
            if (critical.contains(action.id())) {
                row.addClassName("critical");
            }
            body.add(row);
        }
    }

    /** Moving or resizing changes nothing in the cloud; a reviewer reads those apart from real changes. */
    private static boolean layoutOnly(ComponentDiff diff) {
        return diff.change() == ComponentDiff.Change.MODIFIED
                && !diff.properties().isEmpty()
                && diff.properties().stream().allMatch(p -> p.property().startsWith("si.geometry"));
    }

    /** Where a click on an entry goes: the editor selects that component on the canvas. */
    void onSelect(Consumer<ComponentId> listener) {
        this.onSelect = listener;
    }

    private Div component(ComponentDiff diff) {
        Span change = new Span(diff.change().name().toLowerCase(Locale.ROOT));
        change.addClassNames(
                "gantry-badge", "gantry-change-" + diff.change().name().toLowerCase(Locale.ROOT));
        Span name = new Span(diff.name());
        name.addClassName("gantry-diff-name");
        Span asset = new Span(diff.assetName());
        asset.addClassName("gantry-diff-asset");
        Div card = new Div(new Div(change, name, asset));
        card.addClassName("gantry-diff");
        card.getElement().setAttribute("data-testid", "diff-" + diff.name());
        if (diff.change() != ComponentDiff.Change.DELETED && diff.change() != ComponentDiff.Change.ERASED) {
            card.addClassName("gantry-diff-selectable");
            card.getElement().setAttribute("title", "Select " + diff.name() + " on the canvas");
            card.addClickListener(e -> onSelect.accept(diff.id()));
        }
        for (ComponentDiff.PropertyChange p : diff.properties()) {
            Span property = new Span(p.property());
            property.addClassName("gantry-diff-property");
            Span values = new Span(shorten(p.before()) + " → " + shorten(p.after()));
            values.addClassName("gantry-diff-values");
            Div row = new Div(property, values);
            row.addClassName("gantry-diff-row");
            card.add(row);
        }
        return card;
    }

    /** A conflict is never resolved for the user: they keep their value or take HEAD's, here. */
    private Div conflict(ChangeSetId changeSet, Conflict c) {
        Div row = new Div(
                new Span(c.componentName() + " · " + c.field()),
                new Span("HEAD: " + shorten(c.head()) + " · yours: " + shorten(c.mine())),
                resolution("Keep mine", changeSet, c, Conflict.Resolution.KEEP_MINE),
                resolution("Take HEAD's", changeSet, c, Conflict.Resolution.TAKE_HEAD));
        row.addClassName("gantry-conflict");
        row.getElement().setAttribute("data-testid", "conflict-" + c.componentName() + "-" + c.field());
        return row;
    }

    private Button resolution(String label, ChangeSetId changeSet, Conflict c, Conflict.Resolution how) {
        Button button = new Button(label, e -> {
            if (Refusals.attemptOrNotify(
                    () -> changeSets.resolveConflict(changeSet, c.componentId(), c.field(), how))) {
                show(changeSet);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static String shorten(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "—";
        }
        String text = value.isString() ? value.stringValue() : value.toString();
        return text.length() <= VALUE_CHARS ? text : text.substring(0, VALUE_CHARS - 1) + "…";
    }

    private static Div empty(String text) {
        Div empty = new Div(new Span(text));
        empty.addClassName("gantry-empty-state");
        return empty;
    }
}
