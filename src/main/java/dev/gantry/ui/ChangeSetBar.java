package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import dev.gantry.action.ApplyRunView;
import dev.gantry.action.ApplyService;
import dev.gantry.changeset.ChangeSetChanged;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ChangeSetStatus;
import dev.gantry.changeset.ChangeSetView;
import dev.gantry.changeset.ReviewView;
import dev.gantry.security.Actor;
import dev.gantry.security.Role;
import dev.gantry.template.TemplateService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The change-set selector (HEAD and the open change sets, with their status) and what the current change set
 * allows: request approval, approve, reject, apply, abandon.
 */
@SpringComponent
@UIScope
public class ChangeSetBar extends HorizontalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private final ChangeSetService changeSets;
    private final SharedChangeSets shared;
    private final ApplyService apply;
    private final CurrentChangeSet current;
    private final Select<ChangeSetId> selector = new Select<>();
    private final Span status = new Span();
    private final Button rename = new Button(GantryIcon.EDIT.create());
    private final HorizontalLayout actions = new HorizontalLayout();
    private Map<ChangeSetId, ChangeSetView> known = Map.of();
    private boolean showing;

    ChangeSetBar(
            ChangeSetService changeSets,
            SharedChangeSets shared,
            ApplyService apply,
            CurrentChangeSet current,
            ServerEvents events,
            TemplateService templates) {
        this.changeSets = changeSets;
        this.shared = shared;
        this.apply = apply;
        this.current = current;
        addClassName("gantry-change-set-bar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        add(
                configureSelector(),
                configureRenameButton(),
                configureNewButton(),
                configureHistoryButton(),
                new TemplateActions(templates, current),
                status,
                actions);
        status.addClassName("gantry-badge");
        status.getElement().setAttribute("data-testid", "change-set-status");
        current.onChange(id -> refresh());
        events.followAll(this, ChangeSetChanged.class, changed -> refresh(shared.sinceLastChange()));
        refresh();
    }

    private Select<ChangeSetId> configureSelector() {
        selector.setAriaLabel("Change set");
        selector.addClassName("gantry-change-set-selector");
        selector.setItemLabelGenerator(this::label);
        selector.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                current.select(e.getValue());
            }
        });
        return selector;
    }

    /** A new change set is named first: the name is how reviewers and the history tell them apart. */
    private Button configureNewButton() {
        Button create = new Button(
                "New change set",
                GantryIcon.PLUS.create(),
                e -> new ChangeSetNameDialog(
                                "New change set",
                                "Create",
                                "Change set " + (changeSets.list().size() + 1),
                                name -> Refusals.attempt(() ->
                                        current.select(changeSets.create(name).id())))
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        create.getElement().setAttribute("data-testid", "new-change-set");
        return create;
    }

    private Button configureRenameButton() {
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        rename.setAriaLabel("Rename change set");
        rename.setTooltipText("Rename this change set");
        rename.getElement().setAttribute("data-testid", "rename-change-set");
        rename.addClickListener(e -> {
            ChangeSetView cs = known.get(current.id());
            if (cs != null) {
                new ChangeSetNameDialog(
                                "Rename change set",
                                "Rename",
                                cs.name(),
                                name -> Refusals.attempt(() -> {
                                    changeSets.rename(cs.id(), name);
                                    refresh();
                                }))
                        .open();
            }
        });
        return rename;
    }

    private Button configureHistoryButton() {
        Button history = new Button(
                GantryIcon.TIME_BACKWARD.create(),
                e -> new ChangeSetHistory(changeSets, apply, current::select).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        history.setAriaLabel("Change sets");
        history.setTooltipText("Change sets: every one, applied and abandoned ones included");
        history.getElement().setAttribute("data-testid", "change-set-history-button");
        return history;
    }

    /** A change set as the selector lists it: what its label shows. */
    private record Listed(ChangeSetId id, String name, ChangeSetStatus status) {}

    /** What the bar offers for the current change set, in order. */
    private enum Offer {
        APPLY_ALONE,
        REQUEST_APPROVAL,
        APPLY_LAYOUT,
        APPROVE,
        REJECT,
        APPLY,
        ABANDON
    }

    /** Everything the bar shows after the selector; drawn again only when it differs from what is shown. */
    private record Shown(
            String status, String statusKey, boolean renamable, List<Offer> offers, List<ReviewView> reviews) {

        static final Shown HEAD = new Shown("applied model", "head", false, List.of(), List.of());
    }

    private List<Listed> listedShown = List.of();
    private @Nullable ChangeSetId currentShown;
    private @Nullable Shown shown;

    private void refresh() {
        refresh(shared.now());
    }

    /**
     * Shows the change sets and what the current one allows, changing the page only where that differs: every edit
     * anywhere calls this in every open tab (with a reading they share), and rebuilding the selector and buttons
     * each time made the browser lay out the page again for nothing.
     */
    private void refresh(SharedChangeSets.Reading reading) {
        Map<ChangeSetId, ChangeSetView> views = new LinkedHashMap<>();
        reading.all().stream()
                .filter(cs -> !cs.status().isFinal() || cs.id().equals(current.id()))
                .forEach(cs -> views.put(cs.id(), cs));
        known = views;
        List<Listed> listed = views.values().stream()
                .map(cs -> new Listed(cs.id(), cs.name(), cs.status()))
                .toList();
        if (!listed.equals(listedShown) || !current.id().equals(currentShown)) {
            listedShown = listed;
            currentShown = current.id();
            showing = true;
            selector.setItems(concat(ChangeSetId.HEAD, views));
            selector.setValue(current.id());
            showing = false;
        }
        ChangeSetView cs = views.get(current.id());
        Shown wanted = cs == null ? Shown.HEAD : decide(cs, reading);
        if (!wanted.equals(shown)) {
            shown = wanted;
            show(wanted);
        }
    }

    /** HEAD first, then the newest change sets. */
    private static List<ChangeSetId> concat(ChangeSetId head, Map<ChangeSetId, ChangeSetView> views) {
        List<ChangeSetId> ids = new ArrayList<>();
        ids.add(head);
        ids.addAll(views.keySet().stream().toList().reversed());
        return ids;
    }

    /** What the signed-in user may do with {@code cs} now. */
    private static Shown decide(ChangeSetView cs, SharedChangeSets.Reading reading) {
        Actor actor = Actor.current();
        boolean mayApply = actor.has(Role.APPROVER)
                || (actor.has(Role.COLLABORATOR) && actor.name().equals(cs.createdBy()));
        List<Offer> offers = new ArrayList<>();
        switch (cs.status()) {
            case OPEN -> {
                if (reading.reviewWaived() && mayApply) {
                    offers.add(Offer.APPLY_ALONE); // alone in the workspace: nobody else to ask
                } else if (actor.has(Role.COLLABORATOR)) {
                    offers.add(Offer.REQUEST_APPROVAL);
                    if (mayApply && reading.touchesNoResource(cs.id())) {
                        offers.add(Offer.APPLY_LAYOUT); // layout and renames need no reviewer
                    }
                }
            }
            case NEEDS_APPROVAL -> {
                if (actor.has(Role.APPROVER) && reading.mayApprove(cs.id(), actor.name())) {
                    offers.add(Offer.APPROVE);
                }
                if (actor.has(Role.APPROVER)) {
                    offers.add(Offer.REJECT);
                }
            }
            case APPROVED -> {
                if (mayApply) {
                    offers.add(Offer.APPLY);
                }
            }
            default -> {}
        }
        if (!cs.status().isFinal() && (actor.has(Role.APPROVER) || actor.name().equals(cs.createdBy()))) {
            offers.add(Offer.ABANDON);
        }
        return new Shown(
                statusLabel(cs.status()),
                cs.status().name().toLowerCase(Locale.ROOT),
                !cs.status().isFinal() && mayApply,
                offers,
                reading.reviews(cs.id()));
    }

    private void show(Shown wanted) {
        rename.setVisible(wanted.renamable());
        status.setText(wanted.status());
        status.getElement().setAttribute("data-status", wanted.statusKey());
        actions.removeAll();
        if (wanted == Shown.HEAD) {
            return;
        }
        for (Offer offer : wanted.offers()) {
            if (offer == Offer.ABANDON) {
                continue; // after the reviews
            }
            actions.add(button(offer));
        }
        actions.add(reviews(wanted.reviews()));
        if (wanted.offers().contains(Offer.ABANDON)) {
            actions.add(button(Offer.ABANDON));
        }
    }

    private Button button(Offer offer) {
        return switch (offer) {
            case APPLY_ALONE -> applyButton("Apply Change Set");
            case REQUEST_APPROVAL -> action("Request approval", true, changeSets::requestApproval);
            case APPLY_LAYOUT, APPLY -> applyButton("Apply");
            case APPROVE -> action("Approve", true, changeSets::approve);
            case REJECT -> rejectButton();
            case ABANDON -> {
                Button abandon = action("Abandon", false, changeSets::abandon);
                abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
                yield abandon;
            }
        };
    }

    private Button action(String label, boolean primary, Function<ChangeSetId, ChangeSetView> transition) {
        Button button = new Button(label, e -> {
            if (Refusals.attemptOrNotify(() -> transition.apply(current.id()))) {
                refresh();
            }
        });
        button.addThemeVariants(primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Who approved or rejected, and when; a rejection with its comment. Voided approvals are struck through. */
    private static Span reviews(List<ReviewView> all) {
        Span shown = new Span();
        shown.addClassName("gantry-reviews");
        shown.getElement().setAttribute("data-testid", "change-set-reviews");
        for (ReviewView review : all) {
            Span one = new Span(review.decision() + " by " + review.reviewer() + " " + WHEN.format(review.at())
                    + (review.comment() == null ? "" : ": " + review.comment()));
            one.addClassName(review.current() ? "gantry-review" : "gantry-review-void");
            shown.add(one);
        }
        return shown;
    }

    private Button rejectButton() {
        Button button = new Button("Reject", e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Reject this change set");
            TextArea comment = new TextArea("Why (the author sees this)");
            comment.setWidth("24rem");
            Button send = new Button("Reject", click -> {
                if (Refusals.attemptOrNotify(() -> changeSets.reject(current.id(), comment.getValue()))) {
                    dialog.close();
                    refresh();
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.add(comment);
            dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), send);
            dialog.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Apply merges into HEAD and runs in the background; the editor then shows HEAD and the run's progress. */
    private Button applyButton(String label) {
        Button button = new Button(label, GantryIcon.PLAY.create(), e -> {
            ApplyRunView[] run = new ApplyRunView[1];
            if (Refusals.attemptOrNotify(() -> run[0] = apply.apply(current.id()))) {
                current.select(ChangeSetId.HEAD);
                current.runStarted(run[0].id());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        return button;
    }

    private String label(ChangeSetId id) {
        if (id == null || id.isHead()) {
            return "HEAD";
        }
        ChangeSetView cs = known.get(id);
        return cs == null ? id.toString() : cs.name() + " · " + statusLabel(cs.status());
    }

    private static String statusLabel(ChangeSetStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
