package dev.gantry.ui;

import dev.gantry.catalog.Catalog;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ContentVersion;
import dev.gantry.changeset.Drawing;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Qualification;
import dev.gantry.ui.canvas.Diagram;
import dev.gantry.ui.canvas.DiagramBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every tab showing a change set draws, read and built once per {@link ContentVersion} of it and shared:
 * after an edit, ten tabs on a 1,000-component change set cost one read, not ten.
 */
@Component
class SharedDiagrams {

    /** A change set as the editor shows it: its components (by id too), their qualifications and its diagram. */
    record Contents(
            List<ComponentView> components,
            Map<ComponentId, ComponentView> byId,
            Map<ComponentId, List<Qualification>> qualifications,
            Diagram diagram) {

        List<Qualification> qualifications(ComponentId id) {
            return qualifications.getOrDefault(id, List.of());
        }

        Diagram diagram(String viewKey) {
            return new Diagram(viewKey, diagram.nodes(), diagram.edges());
        }
    }

    private static final int MAX_ENTRIES = 64;

    private record Entry(ContentVersion version, Drawing drawing, Contents contents) {}

    private final ComponentService components;
    private final ChangeSetService changeSets;
    private final DiagramBuilder builder;
    private final Map<ChangeSetId, Entry> entries = new ConcurrentHashMap<>();
    private final Map<ChangeSetId, Object> locks = new ConcurrentHashMap<>();

    SharedDiagrams(ComponentService components, ChangeSetService changeSets, Catalog catalog) {
        this.components = components;
        this.changeSets = changeSets;
        this.builder = new DiagramBuilder(catalog);
    }

    /**
     * The change set as it is now. The version is read before the content, so content cached under a version is
     * never older than it: an edit that lands in between only makes the next reader read again.
     */
    Contents of(ChangeSetId cs) {
        ContentVersion version = changeSets.version(cs);
        Entry cached = entries.get(cs);
        if (cached != null && cached.version().equals(version)) {
            return cached.contents();
        }
        synchronized (locks.computeIfAbsent(cs, k -> new Object())) {
            cached = entries.get(cs);
            if (cached != null && cached.version().equals(version)) {
                return cached.contents();
            }
            Entry read = read(cs, version, cached);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
                locks.clear();
            }
            entries.put(cs, read);
            return read.contents();
        }
    }

    /** Whether the change set as it is now is drawn and kept, so that the next {@link #of} reads nothing. */
    boolean holds(ChangeSetId cs) {
        Entry cached = entries.get(cs);
        return cached != null && cached.version().equals(changeSets.version(cs));
    }

    /**
     * One read of the change set for all three (a read per part built and resolved the whole model thrice). From the
     * version drawn before, it resolves only what the edits since then reached, and keeps the nodes and edges of
     * everything else as they were: the same objects, which the patch to the tabs then passes over at a glance.
     */
    private Entry read(ChangeSetId cs, ContentVersion version, @Nullable Entry earlier) {
        Drawing drawing = earlier == null ? components.drawing(cs) : components.drawing(cs, earlier.drawing());
        List<ComponentView> views = drawing.components();
        Diagram diagram = builder.build(
                "",
                views,
                drawing.connections(),
                drawing.qualifications(),
                earlier == null
                        ? null
                        : new DiagramBuilder.Earlier(
                                earlier.drawing().components(),
                                earlier.drawing().connections(),
                                earlier.contents().diagram()));
        return new Entry(
                version, drawing, new Contents(views, CanvasEditing.byId(views), drawing.qualifications(), diagram));
    }
}
