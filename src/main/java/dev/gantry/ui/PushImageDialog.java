package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.gantry.GantryException;
import dev.gantry.image.ImagePushService;
import dev.gantry.image.LocalImage;
import dev.gantry.image.PushProgress;
import dev.gantry.image.PushRun;
import dev.gantry.image.PushStatus;
import dev.gantry.model.ComponentId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * "Push image": what the how-to does with {@code docker tag}, {@code docker login} and {@code docker push}, in one
 * dialog: pick a local image and a tag, push, watch the layers go, read the outcome in the engine's words.
 */
class PushImageDialog extends Dialog {

    private static final int SHOWN_LINES = 12;

    private final ImagePushService images;
    private final ComponentId repository;
    private final String repositoryUri;
    private final ComboBox<LocalImage> image = new ComboBox<>("Local image");
    private final TextField tag = new TextField("Tag");
    private final Span target = new Span();
    private final Button push = new Button("Push");
    private final ProgressBar progress = new ProgressBar();
    private final Div lines = new Div();
    private final Span outcome = new Span();
    private UUID pushId;

    PushImageDialog(
            ImagePushService images, ServerEvents events, ComponentId repository, String name, String repositoryUri) {
        this.images = images;
        this.repository = repository;
        this.repositoryUri = repositoryUri;
        setHeaderTitle("Push image to " + name);
        addClassName("gantry-push-dialog");
        setWidth("36rem");
        add(configureForm(), configureProgress());
        Button close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close, push);
        events.followAll(this, PushProgress.class, progressed -> {
            if (progressed.pushId().equals(pushId)) {
                show(images.pushRun(pushId));
            }
        });
        loadImages();
    }

    private Div configureForm() {
        image.setItemLabelGenerator(LocalImage::name);
        image.setWidthFull();
        image.setPlaceholder("docker images");
        image.getElement().setAttribute("data-testid", "push-image-choice");
        tag.setValue("latest");
        tag.setValueChangeMode(ValueChangeMode.EAGER);
        tag.addValueChangeListener(e -> showTarget());
        tag.getElement().setAttribute("data-testid", "push-image-tag");
        target.addClassName("gantry-push-target");
        showTarget();
        push.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        push.getElement().setAttribute("data-testid", "push-image-start");
        push.addClickListener(e -> start());
        target.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div form = new Div(image, tag, target);
        form.getStyle().set("display", "flex").set("flex-direction", "column");
        form.addClassName("gantry-push-form");
        return form;
    }

    private Div configureProgress() {
        progress.setVisible(false);
        lines.addClassName("gantry-push-lines");
        lines.getStyle()
                .set("font-family", "var(--lumo-font-family-monospace, monospace)")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere");
        lines.getElement().setAttribute("data-testid", "push-lines");
        outcome.addClassName("gantry-push-outcome");
        outcome.getElement().setAttribute("data-testid", "push-outcome");
        outcome.getStyle().set("display", "block").set("overflow-wrap", "anywhere");
        Div view = new Div(progress, lines, outcome);
        view.addClassName("gantry-push-progress");
        return view;
    }

    private void loadImages() {
        attempt(images::localImages).ifPresent(found -> {
            image.setItems(found);
            if (found.isEmpty()) {
                refuse("The local Docker engine has no images: build or pull one first (docker images lists them).");
            }
        });
    }

    private void start() {
        if (image.getValue() == null) {
            refuse("Choose a local image to push.");
            return;
        }
        attempt(() -> images.push(repository, image.getValue().name(), tag.getValue()))
                .ifPresent(run -> {
                    pushId = run.id();
                    show(run);
                });
    }

    private void show(PushRun run) {
        boolean running = run.status() == PushStatus.RUNNING;
        outcome.getStyle()
                .set(
                        "color",
                        run.status() == PushStatus.FAILED
                                ? "var(--lumo-error-text-color)"
                                : run.status() == PushStatus.SUCCEEDED ? "var(--lumo-success-text-color)" : "inherit");
        push.setEnabled(!running);
        progress.setVisible(true);
        progress.setIndeterminate(running && run.bytesTotal() == 0);
        progress.setValue(run.fractionDone());
        lines.removeAll();
        List<String> recent = run.lines()
                .subList(
                        Math.max(0, run.lines().size() - SHOWN_LINES),
                        run.lines().size());
        recent.forEach(line -> lines.add(new Div(new Span(line))));
        outcome.removeClassNames("gantry-push-failed", "gantry-push-succeeded");
        switch (run.status()) {
            case RUNNING -> outcome.setText("Pushing " + run.target() + " …");
            case SUCCEEDED -> {
                outcome.setText("Pushed " + run.target() + (run.digest() == null ? "" : " (" + run.digest() + ")"));
                outcome.addClassName("gantry-push-succeeded");
            }
            case FAILED -> {
                outcome.setText("Push failed: " + run.error());
                outcome.addClassName("gantry-push-failed");
            }
        }
    }

    private void showTarget() {
        String chosen = tag.getValue() == null || tag.getValue().isBlank() ? "latest" : tag.getValue();
        target.setText("Pushes to " + repositoryUri + ":" + chosen);
    }

    /** What a user can cause or fix (no engine, no such image, a bad tag) is shown in the dialog, not thrown. */
    private <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (GantryException refused) {
            refuse(refused.getMessage());
            return Optional.empty();
        }
    }

    private void refuse(String message) {
        outcome.setText(message);
        outcome.getStyle().set("color", "var(--lumo-error-text-color)");
        outcome.removeClassName("gantry-push-succeeded");
        outcome.addClassName("gantry-push-failed");
    }
}
