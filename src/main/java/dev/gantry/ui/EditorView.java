package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.gantry.action.ApplyService;
import dev.gantry.catalog.Catalog;
import dev.gantry.changeset.ChangeSetChanged;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.discovery.DiscoveryService;
import dev.gantry.discovery.ImportService;
import dev.gantry.image.ImagePushService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.ui.canvas.DiagramCanvas;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor: asset palette on the left, the change set's diagram in the middle, the selected component's
 * properties and the review on the right. The URL names the change set ({@code ?changeSet=…}).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
@PageTitle("Gantry")
public class EditorView extends HorizontalLayout implements BeforeEnterObserver {

    static final String CHANGE_SET_PARAMETER = "changeSet";

    private final CurrentChangeSet current;
    private final SharedDiagrams diagrams;
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final AssetPalette palette;
    private final PropertyPanel properties;
    private final ReviewPanel review;
    private final DriftPanel drift;
    private final Catalog catalog;
    private final ImportService imports;
    private final DiscoveryService discoveries;
    private final TabSheet side = new TabSheet();
    private final CanvasEditing editing;
    private Map<ComponentId, ComponentView> shown = Map.of();
    private List<String> selection = List.of();

    public EditorView(
            ComponentService components,
            ConnectionService connections,
            ChangeSetService changeSets,
            ApplyService apply,
            Catalog catalog,
            CurrentChangeSet current,
            ServerEvents events,
            ImagePushService images,
            SharedDiagrams diagrams,
            ImportService imports,
            DiscoveryService discoveries) {
        this.catalog = catalog;
        this.imports = imports;
        this.discoveries = discoveries;
        this.drift = new DriftPanel(components, apply, current);
        this.current = current;
        this.diagrams = diagrams;
        this.palette = new AssetPalette(catalog);
        this.properties = new PropertyPanel(
                components,
                catalog,
                current,
                images,
                events,
                id -> diagrams.of(current.id()).qualifications(id));
        this.review = new ReviewPanel(changeSets, apply, events);
        this.editing = new CanvasEditing(components, connections, current, this::reload);
        addClassName("gantry-editor");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        add(palette, configureCanvas(), configureSide());
        configurePalette();
        configurePropertyPanel();
        configureReview();
        configureChangeSetSwitching(events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> named = event.getLocation().getQueryParameters().getSingleParameter(CHANGE_SET_PARAMETER);
        current.select(named.map(ChangeSetId::parse).orElse(ChangeSetId.HEAD));
        reload();
    }

    private Div configureCanvas() {
        canvas.addConnectionDrawnListener(editing::connect);
        canvas.addNodeMovedListener(e -> editing.move(e, shown));
        canvas.addNodeResizedListener(editing::resize);
        canvas.addDeleteRequestedListener(e -> editing.delete(e.nodes(), e.edges(), shown));
        canvas.addSelectionChangedListener(e -> select(e.nodes()));
        canvas.addCopyRequestedListener(e -> editing.copy(e.nodes()));
        canvas.addPasteRequestedListener(e -> editing.paste(e.parentId()));
        canvas.addLayoutAppliedListener(e -> editing.arrange(e.placements()));
        canvas.addUndoRequestedListener(e -> {
            if (e.redo()) {
                editing.redo();
            } else {
                editing.undo();
            }
        });
        Div area = new Div(canvas, configureUndoButtons());
        area.addClassName("gantry-canvas-area");
        return area;
    }

    private Div configureUndoButtons() {
        Button undo = new Button(GantryIcon.ARROW_BACKWARD.create(), e -> editing.undo());
        undo.setTooltipText("Undo your last edit (Ctrl+Z)");
        undo.setAriaLabel("Undo");
        undo.getElement().setAttribute("data-testid", "undo");
        Button redo = new Button(GantryIcon.ARROW_FORWARD.create(), e -> editing.redo());
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        redo.setAriaLabel("Redo");
        redo.getElement().setAttribute("data-testid", "redo");
        for (Button b : List.of(undo, redo)) {
            b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
        }
        Div buttons = new Div(undo, redo);
        buttons.addClassName("gantry-undo-buttons");
        return buttons;
    }

    private TabSheet configureSide() {
        side.addClassName("gantry-side");
        side.add("Properties", properties);
        side.add("Review", review);
        side.add("Drift", drift);
        side.addSelectedChangeListener(e -> showReviewIfSelected());
        return side;
    }

    private void configurePalette() {
        palette.onAdd(
                (asset, type) -> editing.add(asset, type, selectedFrame().orElse(null), List.copyOf(shown.values()))
                        .ifPresent(this::selectAdded));
        canvas.addAssetDroppedListener(e -> catalog.find(e.asset())
                .flatMap(asset -> editing.addAt(
                        asset,
                        palette.addAs(),
                        e.parentId() == null ? null : shown.get(CanvasEditing.id(e.parentId())),
                        List.copyOf(shown.values()),
                        e.x(),
                        e.y()))
                .ifPresent(this::selectAdded));
        palette.onImport(query -> new ImportDialog(
                        catalog, imports, current, selectedFrame().orElse(null), query.strip(), this::reload)
                .open());
        palette.onDiscover(() -> selectedFrame()
                .ifPresentOrElse(
                        frame -> new DiscoverDialog(discoveries, current, frame, this::reload).open(),
                        () -> Refusals.notify("Select a Region frame (or a frame inside one) to discover into: its "
                                + "Region and AWS Credential say where to look")));
    }

    /** Canvas, panel and palette agree on what is selected: the new component. */
    private void selectAdded(ComponentView added) {
        canvas.select(List.of(added.id().toString()));
        select(List.of(added.id().toString()));
    }

    /** A review entry selects its component: on the canvas, in the property panel. */
    private void configureReview() {
        review.onSelect(id -> {
            canvas.select(List.of(id.toString()));
            select(List.of(id.toString()));
        });
    }

    private void configurePropertyPanel() {
        properties.onEdited(view -> reload());
        properties.onDelete(view -> editing.delete(List.of(view.id().toString()), List.of(), shown));
    }

    private void configureChangeSetSwitching(ServerEvents events) {
        current.onChange(id -> {
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null,
                            id.isHead()
                                    ? ""
                                    : "?"
                                            + QueryParameters.of(CHANGE_SET_PARAMETER, id.toString())
                                                    .getQueryString()));
            reload();
        });
        current.onRunStarted(runId -> {
            side.setSelectedIndex(1);
            review.followRun(runId);
        });
        events.follow(this, ChangeSetChanged.class, changed -> {
            if (changed.changeSetId().equals(current.id())
                    || changed.changeSetId().isHead()) {
                reload();
            }
        });
    }

    /** Reads the change set again (shared with other tabs) and sends the canvas what changed. */
    private void reload() {
        SharedDiagrams.Contents contents = diagrams.of(current.id());
        shown = contents.byId();
        canvas.show(contents.diagram("view-" + current.choices()));
        properties.shown().map(ComponentView::id).map(shown::get).ifPresentOrElse(properties::show, properties::clear);
        palette.showTarget(selectedFrame().map(ComponentView::name));
        showReviewIfSelected();
    }

    private void select(List<String> nodeIds) {
        selection = nodeIds;
        Optional<ComponentView> one = nodeIds.size() == 1
                ? Optional.ofNullable(shown.get(CanvasEditing.id(nodeIds.getFirst())))
                : Optional.empty();
        one.ifPresentOrElse(properties::show, properties::clear);
        if (one.isPresent() && side.getSelectedIndex() != 0) {
            side.setSelectedIndex(0);
        }
        palette.showTarget(selectedFrame().map(ComponentView::name));
    }

    /** The frame new components go into: the selected frame, or the frame around the selected component. */
    private Optional<ComponentView> selectedFrame() {
        if (selection.size() != 1) {
            return Optional.empty();
        }
        ComponentView chosen = shown.get(CanvasEditing.id(selection.getFirst()));
        if (chosen == null) {
            return Optional.empty();
        }
        return chosen.type() == ComponentType.COMPONENT
                ? Optional.ofNullable(chosen.parent()).map(shown::get)
                : Optional.of(chosen);
    }

    private void showReviewIfSelected() {
        if (side.getSelectedIndex() == 1) {
            review.show(current.id());
        }
        if (side.getSelectedIndex() == 2) {
            drift.show();
        }
    }
}
