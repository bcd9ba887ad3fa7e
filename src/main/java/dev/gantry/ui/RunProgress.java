package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.gantry.action.ActionProgressed;
import dev.gantry.action.ActionRecord;
import dev.gantry.action.ActionState;
import dev.gantry.action.ApplyRunView;
import dev.gantry.action.ApplyService;
import dev.gantry.action.RunStatus;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** An apply run as it happens: each action's state and message, and the levers to retry, hold or remove. */
class RunProgress extends Div {

    private final ApplyService apply;
    private UUID runId;

    RunProgress(ApplyService apply, ServerEvents events) {
        this.apply = apply;
        addClassName("gantry-run");
        setVisible(false);
        events.follow(this, ActionProgressed.class, progressed -> {
            if (progressed.applyRunId().equals(runId)) {
                show(apply.run(runId));
            }
        });
    }

    void follow(UUID run) {
        this.runId = run;
        show(apply.run(run));
    }

    private void show(ApplyRunView run) {
        removeAll();
        setVisible(true);
        Span status = new Span(run.status().label());
        status.addClassNames("gantry-badge", "gantry-run-" + run.status().label());
        status.getElement().setAttribute("data-testid", "run-status");
        H4 title = new H4(run.title());
        Div header = new Div(title, status);
        header.addClassName("gantry-run-header");
        add(header);
        if (run.summary() != null && run.status() != RunStatus.SUCCEEDED) {
            Span summary = new Span(run.summary());
            summary.addClassName("gantry-run-summary");
            summary.getElement().setAttribute("data-testid", "run-summary");
            add(summary);
        }
        run.actions().forEach(action -> add(row(action)));
    }

    private Div row(ActionRecord action) {
        String state = action.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        Span badge = new Span(state);
        badge.addClassNames(
                "gantry-badge", "gantry-action-" + action.state().name().toLowerCase(Locale.ROOT));
        Span what = new Span(action.kind().name().toLowerCase(Locale.ROOT) + " " + action.componentName());
        what.addClassName("gantry-action-what");
        Div line = new Div(badge, what, levers(action));
        line.addClassName("gantry-action-line");
        Div row = new Div(line);
        row.addClassName("gantry-action");
        row.getElement().setAttribute("data-testid", "action-" + action.componentName());
        if (action.message() != null && !action.message().isBlank()) {
            Span message = new Span(action.message());
            message.addClassName("gantry-action-message");
            row.add(message);
        }
        if (action.instance() != null) {
            row.add(instance(action));
        }
        return row;
    }

    /** Which Gantry instance ran it: with several behind a load balancer, where to look in the logs. */
    private static Span instance(ActionRecord action) {
        String text = "on " + action.instance();
        if (action.takenOverFrom() != null) {
            text += ", taken over from " + action.takenOverFrom();
        }
        Span instance = new Span(text);
        instance.addClassName("gantry-action-instance");
        instance.getElement().setAttribute("data-testid", "action-instance");
        return instance;
    }

    private Div levers(ActionRecord action) {
        Div levers = new Div();
        levers.addClassName("gantry-action-levers");
        if (action.state() == ActionState.FAILED) {
            levers.add(lever("Retry", action, apply::retry));
        }
        if (action.state() == ActionState.QUEUED || action.state() == ActionState.FAILED) {
            levers.add(lever("Hold", action, apply::hold));
        }
        if (action.state() == ActionState.ON_HOLD) {
            levers.add(lever("Release", action, apply::release));
        }
        if (action.state() != ActionState.SUCCEEDED
                && action.state() != ActionState.RUNNING
                && action.state() != ActionState.REMOVED) {
            levers.add(lever("Remove", action, apply::remove));
        }
        return levers;
    }

    private Button lever(String label, ActionRecord action, Function<UUID, ApplyRunView> lever) {
        Button button = new Button(label, e -> {
            ApplyRunView[] after = new ApplyRunView[1];
            if (Refusals.attemptOrNotify(() -> after[0] = lever.apply(action.id()))) {
                show(after[0]);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
