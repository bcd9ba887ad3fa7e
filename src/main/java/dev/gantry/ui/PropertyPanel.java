package dev.gantry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Property;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.image.ImagePushService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Qualification;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The selected component: name, type, each property with its value and source, and its details. */
class PropertyPanel extends VerticalLayout {

    /**
     * About what the panel shows without scrolling in a window 900 pixels high: the header and tabs take a third of
     * it and a field about 85 pixels. Each field more in the click's answer delays the whole panel by its build.
     */
    private static final int FIRST_FIELDS = 8;

    private static final String ESCAPE_TO_WORKSPACE = """
            this.addEventListener('keydown', e => {
              const path = e.composedPath();
              if (e.key !== 'Escape' || path.some(n => n.hasAttribute && n.hasAttribute('opened'))) {
                return;
              }
              e.stopPropagation();
              e.preventDefault();
              if (path[0] && path[0].blur) {
                path[0].blur();
              }
              window.dispatchEvent(new CustomEvent('gantry-workspace'));
            }, true);
            """;

    private final ComponentService components;
    private final Catalog catalog;
    private final CurrentChangeSet current;
    private final TextField name = new TextField("Name");
    private final Select<String> type = new Select<>();
    private final Span asset = new Span();
    private final Div properties = new Div();
    private final ComponentDetails details;
    private final Tab qualificationsTab = new Tab("Checks");
    private final Tab codeTab = new Tab("Code");
    private final Function<ComponentId, List<Qualification>> checks;
    private final Map<String, PropertyField> fields = new LinkedHashMap<>();
    private final ServerEvents events;
    /** Counts the field sets made, so that the rest of one is not added after another replaced it. */
    private int fieldSets;
    /** The asset the fields were made for. */
    private @Nullable String fieldsAsset;
    /** The component the fields edit now: the one the panel shows, or showed last. */
    private @Nullable ComponentId fieldsTarget;

    private final Div header;
    private final TabSheet tabs;
    private final Div empty = emptyState();
    private ComponentView shown;
    private boolean showing;
    private Consumer<ComponentView> onEdited = view -> {};
    private Consumer<ComponentView> onDelete = view -> {};

    PropertyPanel(
            ComponentService components,
            Catalog catalog,
            CurrentChangeSet current,
            ImagePushService images,
            ServerEvents events,
            Function<ComponentId, List<Qualification>> checks) {
        this.components = components;
        this.checks = checks;
        this.events = events;
        this.catalog = catalog;
        this.current = current;
        this.details = new ComponentDetails(components, current, images, events);
        addClassName("gantry-property-panel");
        setPadding(false);
        configureNameAndType();
        this.header = configureHeader();
        this.tabs = configureTabs();
        configureEscape();
        clear();
    }

    void onEdited(Consumer<ComponentView> listener) {
        this.onEdited = listener;
    }

    void onDelete(Consumer<ComponentView> listener) {
        this.onDelete = listener;
    }

    Optional<ComponentView> shown() {
        return Optional.ofNullable(shown);
    }

    void clear() {
        shown = null;
        if (empty.getParent().isEmpty()) {
            removeAll();
            add(empty);
        }
    }

    /**
     * Shows a component; the same component again only refreshes the values, keeping the user's place. Header and
     * tabs stay from one component to the next (a new tab sheet would cost the browser two more round trips). The
     * property fields on the "Values" tab stay too while the next component has the same asset (clicking through a
     * VPC's subnets only changes values); another asset gets its own fields.
     */
    void show(ComponentView view) {
        boolean same = shown != null && shown.id().equals(view.id());
        shown = view;
        if (!same) {
            if (view.assetName().equals(fieldsAsset)) {
                fields.values().forEach(PropertyField::forget);
            } else {
                showFields(catalog.require(view.assetName()));
            }
            fieldsTarget = view.id();
            tabs.setSelectedIndex(0);
            if (header.getParent().isEmpty()) {
                removeAll();
                add(header, tabs);
            }
        }
        refresh(view);
    }

    private void refresh(ComponentView view) {
        showing = true;
        name.setValue(view.name());
        name.setInvalid(false);
        type.setValue(view.type().label());
        showing = false;
        asset.setText(view.assetName());
        fields.forEach((property, field) ->
                field.show(view.values().get(property), view.sources().get(property)));
        int findings = details.show(view, checks.apply(view.id()), tabs.getSelectedTab() == codeTab);
        qualificationsTab.setLabel(findings == 0 ? "Checks" : "Checks (" + findings + ")");
    }

    /**
     * Escape in a field keeps what was typed (leaving the field commits it) and gives the keyboard back to the
     * workspace, deselecting. Vaadin's own Escape (clear a combo box or field) never sees it; an open drop-down
     * still closes first.
     */
    private void configureEscape() {
        getElement().executeJs(ESCAPE_TO_WORKSPACE);
    }

    /** Once: the fields stay while the panel shows one component after another. */
    private void configureNameAndType() {
        name.setWidthFull();
        name.getElement().setAttribute("data-testid", "component-name");
        name.addValueChangeListener(e -> {
            if (!showing && shown != null) {
                ComponentId target = shown.id();
                edit(() -> components.rename(current.id(), target, e.getValue()))
                        .ifPresent(refused -> refuse(name, refused));
            }
        });
        type.setLabel("Type");
        type.setItems("component", "down frame", "up frame");
        type.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null && shown != null) {
                ComponentId target = shown.id();
                edit(() -> components.changeType(current.id(), target, e.getValue()))
                        .ifPresent(Refusals::notify);
            }
        });
    }

    private Div configureHeader() {
        Button delete = new Button("Delete", GantryIcon.TRASH.create(), e -> onDelete.accept(shown));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        asset.addClassName("gantry-panel-asset");
        Div row = new Div(type, delete);
        row.addClassName("gantry-panel-row");
        Div header = new Div(asset, name, row);
        header.addClassName("gantry-panel-header");
        return header;
    }

    /**
     * Each field edits the component the panel showed when its value was committed: a value typed and then left by
     * clicking another card reaches the server before that click does. The fields a panel shows at first come with
     * the click's answer; the rest (an instance has 45) follow in a push right after it, so that the panel shows the
     * component without waiting for the browser to build fields below the fold.
     */
    private void showFields(Asset asset) {
        properties.removeAll();
        fields.clear();
        fieldsAsset = asset.name();
        int shownFields = ++fieldSets;
        // Required properties first: they are what a new component needs before it can be applied.
        List<PropertyField> made = asset.properties().values().stream()
                .sorted(Comparator.comparing((Property p) -> !p.required()))
                .map(p -> {
                    PropertyField field = new PropertyField(p, this::commit);
                    fields.put(p.name(), field);
                    return field;
                })
                .toList();
        if (made.isEmpty()) {
            properties.add(new Span("This asset has no properties of its own."));
        }
        made.stream().limit(FIRST_FIELDS).forEach(properties::add);
        if (made.size() > FIRST_FIELDS) {
            events.afterResponse(UI.getCurrent(), () -> {
                if (shownFields == fieldSets) { // still the same component's fields
                    made.stream().skip(FIRST_FIELDS).forEach(properties::add);
                }
            });
        }
    }

    /** Once, like the header: the tab sheet stays while the panel shows one component after another. */
    private TabSheet configureTabs() {
        properties.addClassName("gantry-properties");
        new PropertyMenu(properties, fields::get);
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.add("Values", properties);
        sheet.add(qualificationsTab, details.qualifications());
        sheet.add(codeTab, details.code());
        sheet.add("Resource", details.resource());
        sheet.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == codeTab && shown != null) {
                details.showCode(shown);
            }
        });
        return sheet;
    }

    private static Div emptyState() {
        Div empty = new Div(new Span("Select a component on the canvas to see and edit its properties."));
        empty.addClassName("gantry-empty-state");
        return empty;
    }

    private Optional<String> commit(String property, JsonNode value) {
        ComponentId target = fieldsTarget;
        if (target == null) {
            return Optional.of("Select a component first");
        }
        ObjectNode values = JsonMapper.shared().createObjectNode();
        values.set(property, value);
        return edit(() -> components.updateProperties(current.id(), target, values));
    }

    /** Runs an edit; on success shows the answer everywhere, on refusal hands back the server's message. */
    private Optional<String> edit(Supplier<ComponentView> edit) {
        ComponentView[] answer = new ComponentView[1];
        Optional<String> refused = Refusals.attempt(() -> answer[0] = edit.get());
        if (refused.isEmpty()) {
            current.follow(answer[0].changeSetId());
            if (shown != null && shown.id().equals(answer[0].id())) { // the panel may show another one by now
                shown = answer[0];
                refresh(answer[0]);
            }
            onEdited.accept(answer[0]);
        }
        return refused;
    }

    private static void refuse(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
