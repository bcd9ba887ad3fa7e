package dev.gantry.ui.canvas;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The diagram canvas (React Flow in the browser). The server is the source of truth: it sets the
 * {@link Diagram} and hears what the user does (connect, move, resize, select, delete), which it may accept
 * or refuse. Only what changed travels: the canvas remembers what it sent and sends a {@link DiagramPatch}
 * (added, changed and removed nodes and edges); the browser merges it in, keeping selection and viewport.
 * Where the user dropped or resized a node is taken as sent, so a drag is never echoed back to the dragger.
 */
@Tag("gantry-canvas")
@JsModule("./canvas/gantry-canvas.tsx")
@NpmPackage(value = "@xyflow/react", version = "12.12.1")
@NpmPackage(value = "elkjs", version = "0.12.1")
public class DiagramCanvas extends ReactAdapterComponent implements HasSize {

    private int selectRequests;

    /** Shared by every canvas: tabs that show the same diagram are sent the same patch after an edit. */
    private static final SharedPatches PATCHES = new SharedPatches();

    /** The diagram the browser was sent last; null until the first is sent (again, after a detach). */
    private @Nullable Diagram sent;

    /** Nodes the browser shows as its user left them (dropped, resized) since {@link #sent}, by id. */
    private final Map<String, Diagram.Node> taken = new HashMap<>();

    public DiagramCanvas() {
        setSizeFull();
        // Once detached, the browser's element is gone: a later attachment gets the whole diagram again.
        addDetachListener(e -> {
            sent = null;
            taken.clear();
        });
        addNodeMovedListener(e -> taken(e.id(), n -> Nodes.at(n, e.parentId(), e.x(), e.y())));
        addNodeResizedListener(e -> taken(e.id(), n -> Nodes.sized(n, e.x(), e.y(), e.width(), e.height())));
    }

    /** Shows {@code diagram}, sending only what differs from what the browser shows. */
    public void show(Diagram diagram) {
        DiagramPatch patch = sent == null || !sent.viewKey().equals(diagram.viewKey())
                ? DiagramPatch.reset(diagram)
                : PATCHES.between(sent, diagram)
                        .keeping(taken, PATCHES.index(diagram).nodesById());
        sent = diagram;
        taken.clear();
        if (!patch.isEmpty()) {
            // Calls queue in order (a state property would keep only the last patch of a round trip). The element
            // may not be upgraded yet on the first call: then the patch waits on it for the canvas to take. The patch
            // travels as JSON in the message itself (as a string it was escaped, sent and parsed a second time).
            getElement()
                    .executeJs(
                            "this.applyPatch ? this.applyPatch($0)"
                                    + " : (this.pendingPatches = (this.pendingPatches || []).concat([$0]));",
                            PATCHES.wire(patch));
        }
    }

    /** The browser already shows the node as the user left it: record that, so the next patch leaves it out. */
    private void taken(String id, java.util.function.UnaryOperator<Diagram.Node> change) {
        if (sent == null) {
            return;
        }
        Diagram.Node shown = taken.containsKey(id)
                ? taken.get(id)
                : PATCHES.index(sent).nodesById().get(id);
        if (shown != null) {
            taken.put(id, change.apply(shown));
        }
    }

    /** Selects these nodes (and only these), as if the user had clicked them. */
    public void select(List<String> nodeIds) {
        setState("selectRequest", new SelectRequest(++selectRequests, nodeIds));
    }

    /** A request is numbered so that asking for the same selection again still counts. */
    public record SelectRequest(int sequence, List<String> nodes) {}

    public Registration addConnectionDrawnListener(ComponentEventListener<ConnectionDrawnEvent> listener) {
        return addListener(ConnectionDrawnEvent.class, listener);
    }

    public Registration addNodeMovedListener(ComponentEventListener<NodeMovedEvent> listener) {
        return addListener(NodeMovedEvent.class, listener);
    }

    public Registration addNodeResizedListener(ComponentEventListener<NodeResizedEvent> listener) {
        return addListener(NodeResizedEvent.class, listener);
    }

    public Registration addSelectionChangedListener(ComponentEventListener<SelectionChangedEvent> listener) {
        return addListener(SelectionChangedEvent.class, listener);
    }

    public Registration addDeleteRequestedListener(ComponentEventListener<DeleteRequestedEvent> listener) {
        return addListener(DeleteRequestedEvent.class, listener);
    }

    public Registration addCopyRequestedListener(ComponentEventListener<CopyRequestedEvent> listener) {
        return addListener(CopyRequestedEvent.class, listener);
    }

    public Registration addUndoRequestedListener(ComponentEventListener<UndoRequestedEvent> listener) {
        return addListener(UndoRequestedEvent.class, listener);
    }

    public Registration addLayoutAppliedListener(ComponentEventListener<LayoutAppliedEvent> listener) {
        return addListener(LayoutAppliedEvent.class, listener);
    }

    public Registration addAssetDroppedListener(ComponentEventListener<AssetDroppedEvent> listener) {
        return addListener(AssetDroppedEvent.class, listener);
    }

    public Registration addPasteRequestedListener(ComponentEventListener<PasteRequestedEvent> listener) {
        return addListener(PasteRequestedEvent.class, listener);
    }

    /** The user dragged a connection from {@code sourceSocket} of one node to {@code targetSocket} of another. */
    @DomEvent("connection-drawn")
    public static class ConnectionDrawnEvent extends ComponentEvent<DiagramCanvas> {

        private final String source;
        private final String sourceSocket;
        private final String target;
        private final String targetSocket;

        public ConnectionDrawnEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.source") String source,
                @EventData("event.detail.sourceSocket") String sourceSocket,
                @EventData("event.detail.target") String target,
                @EventData("event.detail.targetSocket") String targetSocket) {
            super(canvas, fromClient);
            this.source = source;
            this.sourceSocket = sourceSocket;
            this.target = target;
            this.targetSocket = targetSocket;
        }

        public String source() {
            return source;
        }

        public String sourceSocket() {
            return sourceSocket;
        }

        public String target() {
            return target;
        }

        public String targetSocket() {
            return targetSocket;
        }
    }

    /** Something put at (x, y) in {@code parentId} (null: the canvas), relative to that frame. */
    public abstract static class PlacementEvent extends ComponentEvent<DiagramCanvas> {

        private final String parentId;
        private final double x;
        private final double y;

        PlacementEvent(DiagramCanvas canvas, boolean fromClient, String parentId, double x, double y) {
            super(canvas, fromClient);
            this.parentId = parentId;
            this.x = x;
            this.y = y;
        }

        public String parentId() {
            return parentId;
        }

        public double x() {
            return x;
        }

        public double y() {
            return y;
        }
    }

    /** A node dropped after a drag: in {@code parentId} (null: the canvas) at (x, y) relative to it. */
    @DomEvent("node-moved")
    public static class NodeMovedEvent extends PlacementEvent {

        private final String id;

        public NodeMovedEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.id") String id,
                @EventData("event.detail.parentId") String parentId,
                @EventData("event.detail.x") double x,
                @EventData("event.detail.y") double y) {
            super(canvas, fromClient, parentId, x, y);
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A frame resized by the user; resizing from the top or left moves it too. */
    @DomEvent("node-resized")
    public static class NodeResizedEvent extends ComponentEvent<DiagramCanvas> {

        private final String id;
        private final double x;
        private final double y;
        private final double width;
        private final double height;

        public NodeResizedEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.id") String id,
                @EventData("event.detail.x") double x,
                @EventData("event.detail.y") double y,
                @EventData("event.detail.width") double width,
                @EventData("event.detail.height") double height) {
            super(canvas, fromClient);
            this.id = id;
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
        }

        public String id() {
            return id;
        }

        public double x() {
            return x;
        }

        public double y() {
            return y;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }
    }

    /** Node ids and explicit edge ids; the browser sends them comma-separated. */
    public abstract static class SelectionEvent extends ComponentEvent<DiagramCanvas> {

        private final List<String> nodes;
        private final List<String> edges;

        SelectionEvent(DiagramCanvas canvas, boolean fromClient, String nodes, String edges) {
            super(canvas, fromClient);
            this.nodes = split(nodes);
            this.edges = split(edges);
        }

        private static List<String> split(String ids) {
            return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(","));
        }

        public List<String> nodes() {
            return nodes;
        }

        public List<String> edges() {
            return edges;
        }
    }

    @DomEvent("selection-changed")
    public static class SelectionChangedEvent extends SelectionEvent {
        public SelectionChangedEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.nodes") String nodes,
                @EventData("event.detail.edges") String edges) {
            super(canvas, fromClient, nodes, edges);
        }
    }

    /** The user pressed Delete on a selection; nothing is deleted until the server says so. */
    @DomEvent("delete-requested")
    public static class DeleteRequestedEvent extends SelectionEvent {
        public DeleteRequestedEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.nodes") String nodes,
                @EventData("event.detail.edges") String edges) {
            super(canvas, fromClient, nodes, edges);
        }
    }

    /** Ctrl+C on a selection. */
    @DomEvent("copy-requested")
    public static class CopyRequestedEvent extends SelectionEvent {
        public CopyRequestedEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.nodes") String nodes,
                @EventData("event.detail.edges") String edges) {
            super(canvas, fromClient, nodes, edges);
        }
    }

    /** Ctrl+V: paste what was copied into {@code parentId} (the selected frame), or onto the canvas when null. */
    @DomEvent("paste-requested")
    public static class PasteRequestedEvent extends ComponentEvent<DiagramCanvas> {

        private final String parentId;

        public PasteRequestedEvent(
                DiagramCanvas canvas, boolean fromClient, @EventData("event.detail.parentId") String parentId) {
            super(canvas, fromClient);
            this.parentId = parentId;
        }

        public String parentId() {
            return parentId;
        }
    }

    /**
     * A palette card dropped on the canvas: {@code asset} at (x, y) in {@code parentId}, the innermost frame under
     * the drop point (null: the canvas), relative to that frame.
     */
    @DomEvent("asset-dropped")
    public static class AssetDroppedEvent extends PlacementEvent {

        private final String asset;

        public AssetDroppedEvent(
                DiagramCanvas canvas,
                boolean fromClient,
                @EventData("event.detail.asset") String asset,
                @EventData("event.detail.parentId") String parentId,
                @EventData("event.detail.x") double x,
                @EventData("event.detail.y") double y) {
            super(canvas, fromClient, parentId, x, y);
            this.asset = asset;
        }

        public String asset() {
            return asset;
        }
    }

    /** Ctrl+Z ({@code redo} false) or Ctrl+Shift+Z / Ctrl+Y ({@code redo} true) on the canvas. */
    @DomEvent("undo-requested")
    public static class UndoRequestedEvent extends ComponentEvent<DiagramCanvas> {

        private final boolean redo;

        public UndoRequestedEvent(
                DiagramCanvas canvas, boolean fromClient, @EventData("event.detail.redo") boolean redo) {
            super(canvas, fromClient);
            this.redo = redo;
        }

        public boolean redo() {
            return redo;
        }
    }

    /** "Tidy up" computed a layout: {@code placements} is a JSON list of {id, x, y, width, height}. */
    @DomEvent("layout-applied")
    public static class LayoutAppliedEvent extends ComponentEvent<DiagramCanvas> {

        private final String placements;

        public LayoutAppliedEvent(
                DiagramCanvas canvas, boolean fromClient, @EventData("event.detail.placements") String placements) {
            super(canvas, fromClient);
            this.placements = placements;
        }

        public String placements() {
            return placements;
        }
    }
}
