package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dev.gantry.action.ApplyRunView;
import dev.gantry.action.ApplyService;
import dev.gantry.changeset.AuditEntryView;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Every change set of the workspace, open or not, newest first, with status, author and times. A change set that
 * is applied or abandoned is history: it shows read-only here, with what was done in it (the audit) and the run
 * that applied it; the others open in the editor.
 */
class ChangeSetHistory extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    private static final int RUNS_SEARCHED = 200;

    private final ChangeSetService changeSets;
    private final ApplyService apply;
    private final Consumer<ChangeSetId> open;
    private final Div details = new Div();

    ChangeSetHistory(ChangeSetService changeSets, ApplyService apply, Consumer<ChangeSetId> open) {
        this.changeSets = changeSets;
        this.apply = apply;
        this.open = open;
        setHeaderTitle("Change sets");
        setWidth("min(1100px, 95vw)");
        setHeight("80vh");
        getElement().setAttribute("data-testid", "change-set-history");
        details.addClassName("gantry-history-details");
        Div body = new Div(configureGrid(), details);
        body.addClassName("gantry-history");
        add(body);
        getFooter().add(new Button("Close", e -> close()));
    }

    private Grid<ChangeSetView> configureGrid() {
        Grid<ChangeSetView> grid = new Grid<>();
        grid.addColumn(ChangeSetView::name).setHeader("Name").setFlexGrow(3);
        grid.addComponentColumn(cs -> badge(cs)).setHeader("Status").setFlexGrow(1);
        grid.addColumn(ChangeSetView::createdBy).setHeader("Author").setFlexGrow(1);
        grid.addColumn(cs -> WHEN.format(cs.createdAt())).setHeader("Created").setFlexGrow(1);
        grid.addColumn(cs -> WHEN.format(cs.updatedAt()))
                .setHeader("Last change")
                .setFlexGrow(1);
        grid.setItems(changeSets.list().stream()
                .sorted(Comparator.comparing(ChangeSetView::createdAt).reversed())
                .toList());
        grid.addClassName("gantry-history-grid");
        grid.getElement().setAttribute("data-testid", "change-set-list");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showDetails(e.getValue());
            }
        });
        return grid;
    }

    private static Span badge(ChangeSetView cs) {
        Span status = new Span(label(cs));
        status.addClassNames("gantry-badge", "gantry-history-status");
        status.getElement().setAttribute("data-status", cs.status().name().toLowerCase(Locale.ROOT));
        return status;
    }

    private void showDetails(ChangeSetView cs) {
        details.removeAll();
        H4 title = new H4(cs.name());
        Span what = new Span(label(cs) + " · by " + cs.createdBy() + " · " + WHEN.format(cs.createdAt()));
        Button openIt = new Button(cs.status().isFinal() ? "Show in the editor (read-only)" : "Open in the editor");
        openIt.addClickListener(e -> {
            open.accept(cs.id());
            close();
        });
        openIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        openIt.getElement().setAttribute("data-testid", "history-open");
        details.add(title, what, openIt);
        apply.recentRuns(RUNS_SEARCHED).stream()
                .filter(run -> cs.id().value().equals(run.changeSetId()))
                .forEach(run -> details.add(run(run)));
        details.add(edits(changeSets.audit(cs.id())));
    }

    private static Div run(ApplyRunView run) {
        Div shown = new Div(new H4("Run: " + run.status().label()));
        shown.addClassName("gantry-history-run");
        shown.getElement().setAttribute("data-testid", "history-run");
        run.actions()
                .forEach(a -> shown.add(line(
                        a.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        a.kind().name().toLowerCase(Locale.ROOT) + " " + a.componentName())));
        if (run.summary() != null) {
            shown.add(new Span(run.summary()));
        }
        return shown;
    }

    /** The change set's edits as the audit recorded them: who did what to which component, and when. */
    private static Div edits(List<AuditEntryView> audit) {
        Div shown = new Div(new H4("What was done (" + audit.size() + ")"));
        shown.addClassName("gantry-history-edits");
        shown.getElement().setAttribute("data-testid", "history-edits");
        audit.forEach(entry -> shown.add(line(
                entry.actor() + " · " + WHEN.format(entry.at()),
                entry.action() + (entry.after() == null || entry.after().isNull() ? "" : " " + brief(entry)))));
        return shown;
    }

    private static String brief(AuditEntryView entry) {
        String after = entry.after().toString();
        return after.length() > 160 ? after.substring(0, 157) + "…" : after;
    }

    private static Div line(String first, String second) {
        Span a = new Span(first);
        a.addClassName("gantry-history-when");
        Div line = new Div(a, new Span(second));
        line.addClassName("gantry-history-line");
        return line;
    }

    private static String label(ChangeSetView cs) {
        return cs.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
