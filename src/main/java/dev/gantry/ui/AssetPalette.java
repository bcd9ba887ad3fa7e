package dev.gantry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.ui.canvas.ServiceColors;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Asset search: ranked results from the catalogue; a click adds a component of that asset, or a card dragged onto
 * the canvas adds it where it is dropped (the canvas reads the asset from the drag, {@link #DRAG_TYPE}).
 */
class AssetPalette extends VerticalLayout {

    /** What the reference workflows start with, shown before the user types anything. */
    private static final List<String> SUGGESTED = List.of(
            "AWS Credential",
            "Region",
            "AWS::EC2::VPC",
            "AWS::EC2::Subnet",
            "AWS::EC2::SecurityGroup",
            "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::ECS::Cluster",
            "AWS::ECR::Repository");

    private static final int RESULTS = 40;

    /** The drag data type a card carries: the asset's name. The canvas accepts drops of this type only. */
    static final String DRAG_TYPE = "application/x-gantry-asset";

    private final Catalog catalog;
    private final TextField search = new TextField();
    private final Select<String> addAs = new Select<>();
    private final Span target = new Span();
    private final Div results = new Div();
    private BiConsumer<Asset, String> onAdd = (asset, type) -> {};
    private java.util.function.Consumer<String> onImport = query -> {};
    private Runnable onDiscover = () -> {};

    AssetPalette(Catalog catalog) {
        this.catalog = catalog;
        addClassName("gantry-palette");
        setWidth(null); // VerticalLayout fills the width by default; the stylesheet gives the palette its own
        setPadding(false);
        setSpacing(false);
        add(
                new H4("Assets"),
                configureSearch(),
                configureAddAs(),
                configureTarget(),
                configureBringIn(),
                configureResults());
        showResults("");
    }

    /** {@code type} is {@code component}, {@code down frame} or {@code up frame}. */
    void onAdd(BiConsumer<Asset, String> listener) {
        this.onAdd = listener;
    }

    /** "Import existing…" was asked for, with what the search box holds (an asset name, perhaps). */
    void onImport(java.util.function.Consumer<String> listener) {
        this.onImport = listener;
    }

    void onDiscover(Runnable listener) {
        this.onDiscover = listener;
    }

    /** {@code component}, {@code down frame} or {@code up frame}: what the "Add as" choice says. */
    String addAs() {
        return addAs.getValue();
    }

    /**
     * Tells the user where a click adds: into the selected frame, or onto the canvas. The same text is not set again:
     * Vaadin's setText removes and re-adds the text node even then, and this runs in every tab after every edit.
     */
    void showTarget(Optional<String> frameName) {
        String text = frameName.map(f -> "Adds into frame " + f).orElse("Adds onto the canvas");
        if (!text.equals(target.getText())) {
            target.setText(text);
        }
    }

    private TextField configureSearch() {
        search.setPlaceholder("Search assets…");
        search.setPrefixComponent(GantryIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(200);
        search.setWidthFull();
        search.setAriaLabel("Search assets");
        search.addValueChangeListener(e -> showResults(e.getValue()));
        return search;
    }

    private Select<String> configureAddAs() {
        addAs.setLabel("Add as");
        addAs.setItems("component", "down frame", "up frame");
        addAs.setValue("component");
        addAs.setWidthFull();
        addAs.addClassName("gantry-add-as");
        return addAs;
    }

    private Span configureTarget() {
        target.addClassName("gantry-palette-target");
        showTarget(Optional.empty());
        return target;
    }

    /** Bringing in what already exists: one resource by id, or everything an account has. */
    private Div configureBringIn() {
        com.vaadin.flow.component.button.Button importExisting = new com.vaadin.flow.component.button.Button(
                "Import existing…", e -> onImport.accept(search.getValue()));
        importExisting.getElement().setAttribute("data-testid", "palette-import");
        com.vaadin.flow.component.button.Button discover =
                new com.vaadin.flow.component.button.Button("Discover…", e -> onDiscover.run());
        discover.getElement().setAttribute("data-testid", "palette-discover");
        Div bringIn = new Div(importExisting, discover);
        bringIn.addClassName("gantry-palette-bring-in");
        return bringIn;
    }

    private Div configureResults() {
        results.addClassName("gantry-palette-results");
        // One listener for every card, present and future: a drag carries the asset's name to the canvas.
        results.addAttachListener(e -> results.getElement()
                .executeJs(
                        "if (this.gantryDrag) return; this.gantryDrag = true;"
                                + " this.addEventListener('dragstart', ev => {"
                                + " const card = ev.target.closest && ev.target.closest('[data-asset]');"
                                + " if (!card) return;"
                                + " ev.dataTransfer.setData($0, card.dataset.asset);"
                                + " ev.dataTransfer.effectAllowed = 'copy'; });",
                        DRAG_TYPE));
        return results;
    }

    private void showResults(String query) {
        results.removeAll();
        boolean suggesting = query == null || query.isBlank();
        List<Asset> assets = suggesting
                ? SUGGESTED.stream()
                        .map(catalog::find)
                        .flatMap(Optional::stream)
                        .toList()
                : catalog.search(query.strip(), RESULTS);
        if (suggesting) {
            results.add(caption("Start of the reference workflows"));
        } else if (assets.isEmpty()) {
            results.add(caption("No asset matches “" + query.strip() + "”"));
        }
        assets.forEach(asset -> results.add(card(asset)));
    }

    private static Span caption(String text) {
        Span caption = new Span(text);
        caption.addClassName("gantry-palette-caption");
        return caption;
    }

    private Div card(Asset asset) {
        Span name = new Span(asset.name());
        name.addClassName("gantry-asset-name");
        Span service = new Span(asset.service());
        service.addClassName("gantry-asset-service");
        service.getStyle().setBackgroundColor(ServiceColors.of(asset.service()));
        Span doc = new Span(shortDoc(asset.documentation()));
        doc.addClassName("gantry-asset-doc");
        Div card = new Div(new Div(name, service), doc);
        card.addClassName("gantry-asset");
        card.getElement().setAttribute("data-testid", "asset-" + asset.name());
        card.getElement().setAttribute("title", "Add " + asset.name() + " (click, or drag onto the canvas)");
        card.getElement().setAttribute("draggable", "true");
        card.getElement().setAttribute("data-asset", asset.name());
        card.addClickListener(e -> onAdd.accept(asset, addAs.getValue()));
        return card;
    }

    private static String shortDoc(String documentation) {
        if (documentation == null || documentation.isBlank()) {
            return "";
        }
        String firstSentence = documentation.strip().split("(?<=\\.)\\s", 2)[0];
        return firstSentence.length() <= 110 ? firstSentence : firstSentence.substring(0, 107) + "…";
    }
}
