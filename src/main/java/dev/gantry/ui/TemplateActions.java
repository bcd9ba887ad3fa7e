package dev.gantry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.template.TemplateFinding;
import dev.gantry.template.TemplateFormat;
import dev.gantry.template.TemplateImport;
import dev.gantry.template.TemplateService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * "Download template" (the current change set, or HEAD, as a CloudFormation YAML template) and "Open template" (a
 * YAML or JSON template imported into the current change set, with a dialog listing what could not be represented).
 */
class TemplateActions extends HorizontalLayout {

    private static final int MAX_TEMPLATE_BYTES = 1024 * 1024;

    private final TemplateService templates;
    private final CurrentChangeSet current;

    TemplateActions(TemplateService templates, CurrentChangeSet current) {
        this.templates = templates;
        this.current = current;
        setSpacing(false);
        add(configureDownload(), configureOpen());
    }

    private Anchor configureDownload() {
        Anchor download = new Anchor(
                (DownloadHandler) event -> {
                    ChangeSetId id = current.id();
                    byte[] body = templates.export(id, TemplateFormat.YAML).getBytes(StandardCharsets.UTF_8);
                    event.setFileName("gantry-" + (id.isHead() ? "head" : id.toString()) + ".yaml");
                    event.setContentType(TemplateFormat.YAML.mediaType());
                    event.setContentLength(body.length);
                    event.getOutputStream().write(body);
                },
                "");
        download.getElement().setAttribute("download", true);
        // icons with tooltips: the header must leave room for the account and sign-out at a laptop's width
        Button button = new Button(GantryIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel("Download template");
        button.setTooltipText("Download template: the change set as a CloudFormation template (YAML)");
        download.add(button);
        download.getElement().setAttribute("data-testid", "download-template");
        return download;
    }

    private Upload configureOpen() {
        UI ui = UI.getCurrent();
        AtomicReference<ChangeSetId> target = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            String text = new String(data, StandardCharsets.UTF_8);
            AtomicReference<TemplateImport> done = new AtomicReference<>();
            var refused = Refusals.attempt(() -> done.set(templates.importTemplate(target.get(), text, null)));
            ui.access(() -> {
                refused.ifPresent(Refusals::notify);
                if (done.get() != null) {
                    current.follow(done.get().changeSetId());
                    showResult(metadata.fileName(), done.get());
                }
            });
        }));
        upload.addStartedListener(e -> target.set(current.id()));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json", ".template", "application/json", "application/yaml");
        upload.setMaxFileSize(MAX_TEMPLATE_BYTES);
        upload.setDropAllowed(false);
        Button button = new Button(GantryIcon.UPLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel("Open template");
        button.setTooltipText("Open template: a CloudFormation template (YAML or JSON) into this change set");
        upload.setUploadButton(button);
        upload.getElement().setAttribute("data-testid", "open-template");
        upload.addClassName("gantry-template-upload");
        return upload;
    }

    private void showResult(String file, TemplateImport imported) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Opened " + file);
        dialog.getElement().setAttribute("data-testid", "template-import-result");
        dialog.add(new Paragraph(imported.components().size() + " components added to the change set."));
        if (imported.findings().isEmpty()) {
            dialog.add(new Paragraph("Everything in the template is represented."));
        } else {
            dialog.add(new Paragraph("Not represented (" + imported.findings().size() + "):"));
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("data-testid", "template-findings");
            imported.findings().forEach(f -> list.add(new ListItem(describe(f))));
            dialog.add(new Div(list));
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static String describe(TemplateFinding f) {
        String where = f.resource() == null ? "Template" : f.resource();
        return where + (f.line() == null ? "" : " (line " + f.line() + ")") + ": " + f.message();
    }
}
