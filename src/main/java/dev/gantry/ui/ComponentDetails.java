package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.image.ImagePushService;
import dev.gantry.model.Qualification;
import dev.gantry.model.ResourceData;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The selected component's qualifications, code (what apply will send) and resource data from the cloud; an ECR
 * repository that exists offers "Push image" there.
 */
class ComponentDetails {

    private static final String ECR_REPOSITORY = "AWS::ECR::Repository";

    private final ComponentService components;
    private final CurrentChangeSet current;
    private final ImagePushService images;
    private final ServerEvents events;
    private final Div qualifications = new Div();
    private final Pre code = new Pre();
    private final Div resource = new Div();

    ComponentDetails(
            ComponentService components, CurrentChangeSet current, ImagePushService images, ServerEvents events) {
        this.components = components;
        this.current = current;
        this.images = images;
        this.events = events;
        qualifications.addClassName("gantry-qualifications");
        code.addClassName("gantry-code");
        code.getElement().setAttribute("data-testid", "code-view");
        resource.addClassName("gantry-resource");
    }

    Div qualifications() {
        return qualifications;
    }

    Pre code() {
        return code;
    }

    Div resource() {
        return resource;
    }

    /**
     * Shows the component's details: its qualifications as the diagram counted them, its resource, and its code
     * when {@code withCode} (the code tab is open). Answers how many qualifications it has.
     */
    int show(ComponentView view, List<Qualification> found, boolean withCode) {
        showQualifications(found);
        if (withCode) {
            showCode(view);
        } else {
            code.setText("");
        }
        showResource(view.resource());
        if (canPushImage(view)) {
            resource.add(pushImageButton(view));
        }
        return found.size();
    }

    /** The code is a read of the model of its own: only someone looking at it pays for it. */
    void showCode(ComponentView view) {
        code.setText(pretty(components.code(current.id(), view.id())));
    }

    private void showQualifications(List<Qualification> found) {
        qualifications.removeAll();
        if (found.isEmpty()) {
            qualifications.add(empty("All checks pass."));
        }
        for (Qualification q : found) {
            Span severity = new Span(q.severity().name().toLowerCase(Locale.ROOT));
            severity.addClassNames(
                    "gantry-severity", "gantry-severity-" + q.severity().name().toLowerCase(Locale.ROOT));
            Span subject = new Span(q.subject() == null ? "" : q.subject());
            subject.addClassName("gantry-qualification-subject");
            Div row = new Div(severity, subject, new Span(q.message()));
            row.addClassName("gantry-qualification");
            qualifications.add(row);
        }
    }

    private void showResource(ResourceData data) {
        resource.removeAll();
        if (data == null) {
            resource.add(empty("No resource yet: apply a change set with this component to create it."));
            return;
        }
        resource.add(
                fact("Status", data.status() == null ? null : data.status().label()),
                fact("Identifier", data.identifier()));
        if (data.message() != null && !data.message().isBlank()) {
            resource.add(fact("Message", data.message()));
        }
        if (data.attributes() != null) {
            data.attributes().properties().forEach(e -> resource.add(fact(e.getKey(), text(e.getValue()))));
        }
    }

    private static boolean canPushImage(ComponentView view) {
        return ECR_REPOSITORY.equalsIgnoreCase(view.assetName())
                && view.resource() != null
                && view.resource().exists()
                && view.resource().attributes() != null
                && view.resource().attributes().hasNonNull("RepositoryUri");
    }

    private Button pushImageButton(ComponentView view) {
        Button push = new Button(
                "Push image",
                e -> new PushImageDialog(
                                images,
                                events,
                                view.id(),
                                view.name(),
                                view.resource()
                                        .attributes()
                                        .get("RepositoryUri")
                                        .asString())
                        .open());
        push.addThemeVariants(ButtonVariant.LUMO_SMALL);
        push.getElement().setAttribute("data-testid", "push-image");
        if (!images.engineAvailable()) {
            push.setEnabled(false);
            push.setTooltipText("No Docker engine answers here (see gantry.docker.host): nothing can be pushed");
        }
        return push;
    }

    private static Div fact(String name, String value) {
        Span label = new Span(name);
        label.addClassName("gantry-fact-name");
        Span text = new Span(value == null ? "—" : value);
        text.addClassName("gantry-fact-value");
        Div row = new Div(label, text);
        row.addClassName("gantry-fact");
        row.getElement().setAttribute("data-testid", "resource-" + name);
        return row;
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static Div empty(String text) {
        Div empty = new Div(new Span(text));
        empty.addClassName("gantry-empty-state");
        return empty;
    }

    static String pretty(Object value) {
        return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
