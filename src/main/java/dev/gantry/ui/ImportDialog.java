package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.changeset.ComponentView;
import dev.gantry.discovery.ImportService;
import dev.gantry.model.ComponentId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Import existing…": adopts a resource that already exists in AWS by its identifier, into the selected frame
 * (whose Region and AWS Credential are used to read it). The plan then shows an import; nothing is created.
 */
class ImportDialog extends Dialog {

    private final ComboBox<String> asset = new ComboBox<>("Asset");
    private final TextField identifier = new TextField("Identifier");
    private final Span error = new Span();

    ImportDialog(
            Catalog catalog,
            ImportService imports,
            CurrentChangeSet current,
            @Nullable ComponentView frame,
            @Nullable String suggestedAsset,
            Runnable reload) {
        setHeaderTitle("Import existing resource" + (frame == null ? "" : " into " + frame.name()));
        addClassName("gantry-import-dialog");
        List<String> resourceTypes = catalog.all().stream()
                .filter(a -> a.resourceType().isPresent())
                .map(Asset::name)
                .sorted()
                .toList();
        asset.setItems(resourceTypes);
        asset.setWidthFull();
        asset.getElement().setAttribute("data-testid", "import-asset");
        Optional.ofNullable(suggestedAsset).filter(resourceTypes::contains).ifPresent(asset::setValue);
        identifier.setPlaceholder("sg-0abc…, a repository name, an ARN");
        identifier.setWidthFull();
        identifier.getElement().setAttribute("data-testid", "import-identifier");
        error.addClassName("gantry-dialog-error");
        error.getElement().setAttribute("data-testid", "import-error");
        Span hint = new Span("Gantry reads the resource with the frame's Region and AWS Credential and adds a "
                + "component that adopts it: the plan shows an import and nothing is created.");
        hint.addClassName("gantry-dialog-hint");
        add(new VerticalLayout(hint, asset, identifier, error));
        Button importButton = new Button("Import", e -> {
            ComponentId parent = frame == null ? null : frame.id();
            ComponentView[] imported = new ComponentView[1];
            Optional<String> refused = Refusals.attempt(() -> imported[0] = imports.importExisting(
                            current.id(),
                            asset.getValue() == null ? "" : asset.getValue(),
                            identifier.getValue(),
                            parent,
                            null)
                    .result());
            refused.ifPresentOrElse(error::setText, () -> {
                current.follow(imported[0].changeSetId());
                reload.run();
                Refusals.done("Imported " + imported[0].name() + ": apply records it, nothing is created");
                close();
            });
        });
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.getElement().setAttribute("data-testid", "import-submit");
        getFooter().add(new Button("Cancel", e -> close()), importButton);
    }
}
