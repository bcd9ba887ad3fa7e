package dev.gantry.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinSession;
import dev.gantry.catalog.Asset;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.ComponentId;
import dev.gantry.ui.canvas.DiagramCanvas;
import dev.gantry.ui.canvas.EdgeKey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the user does on the canvas, turned into service calls in the current change set. Each edit follows
 * the change set the service answers with (an edit on HEAD creates one), then the editor reloads.
 */
class CanvasEditing {

    private final ComponentService components;
    private final ConnectionService connections;
    private final CurrentChangeSet current;
    private final Runnable reload;

    CanvasEditing(
            ComponentService components, ConnectionService connections, CurrentChangeSet current, Runnable reload) {
        this.components = components;
        this.connections = connections;
        this.current = current;
        this.reload = reload;
    }

    /** A refused connection changes nothing; the server's message says why. */
    void connect(DiagramCanvas.ConnectionDrawnEvent e) {
        Refusals.attemptOrNotify(() -> current.follow(connections
                .connect(current.id(), id(e.source()), e.sourceSocket(), id(e.target()), e.targetSocket())
                .changeSetId()));
        reload.run();
    }

    /** A drop into another frame reparents first (keeping where it shows), then settles the exact spot. */
    void move(DiagramCanvas.NodeMovedEvent e, Map<ComponentId, ComponentView> shown) {
        ComponentView moved = shown.get(id(e.id()));
        if (moved == null) {
            return;
        }
        ComponentId parent = e.parentId() == null || e.parentId().isBlank() ? null : id(e.parentId());
        Refusals.attemptOrNotify(() -> {
            if (!Objects.equals(parent, moved.parent())) {
                follow(components.reparent(current.id(), moved.id(), parent));
            }
            if (moved.geometry().x() != e.x()
                    || moved.geometry().y() != e.y()
                    || !Objects.equals(parent, moved.parent())) {
                follow(components.move(current.id(), moved.id(), e.x(), e.y()));
            }
        });
        reload.run();
    }

    void resize(DiagramCanvas.NodeResizedEvent e) {
        Refusals.attemptOrNotify(() -> {
            follow(components.move(current.id(), id(e.id()), e.x(), e.y()));
            follow(components.resize(current.id(), id(e.id()), e.width(), e.height()));
        });
        reload.run();
    }

    /** Adds a component of {@code asset} into {@code frame} (or onto the canvas); the server lays it out. */
    Optional<ComponentView> add(Asset asset, String type, ComponentView frame, List<ComponentView> shown) {
        return added(spec -> components.create(current.id(), spec), asset, type, frame, shown);
    }

    /** A palette card dropped on the canvas: the component goes where it was dropped, in the frame under it. */
    Optional<ComponentView> addAt(
            Asset asset, String type, @Nullable ComponentView frame, List<ComponentView> shown, double x, double y) {
        return added(spec -> components.createAt(current.id(), spec, x, y), asset, type, frame, shown);
    }

    private Optional<ComponentView> added(
            Function<NewComponent, ComponentView> create,
            Asset asset,
            String type,
            @Nullable ComponentView frame,
            List<ComponentView> shown) {
        String name = new DefaultNames(shown).name(asset);
        ComponentView[] added = new ComponentView[1];
        boolean ok = Refusals.attemptOrNotify(() -> added[0] = follow(create.apply(
                new NewComponent(name, asset.name(), type, frame == null ? null : frame.id(), null, null))));
        reload.run();
        return ok ? Optional.of(added[0]) : Optional.empty();
    }

    /** Tidy up: the whole layout the canvas computed, stored as one edit (one undo takes it back). */
    void arrange(String placementsJson) {
        List<ComponentService.Placement> placements = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode p :
                tools.jackson.databind.json.JsonMapper.shared().readTree(placementsJson)) {
            placements.add(new ComponentService.Placement(
                    id(p.get("id").asString()),
                    p.get("x").asDouble(),
                    p.get("y").asDouble(),
                    p.path("width").isNumber() ? p.get("width").asDouble() : null,
                    p.path("height").isNumber() ? p.get("height").asDouble() : null));
        }
        if (!placements.isEmpty()) {
            Refusals.attemptOrNotify(() -> current.follow(components.arrange(current.id(), placements)));
        }
        reload.run();
    }

    /** Ctrl+Z: the user's own latest edit in this change set, undone on the server (so it survives a reload). */
    void undo() {
        undoOrRedo(() -> components.undo(current.id()), "Nothing of yours to undo in this change set");
    }

    /** Ctrl+Shift+Z: takes the latest undo back. */
    void redo() {
        undoOrRedo(() -> components.redo(current.id()), "Nothing to redo");
    }

    private void undoOrRedo(java.util.function.Supplier<ComponentService.UndoRedo> action, String nothing) {
        ComponentService.UndoRedo[] done = new ComponentService.UndoRedo[1];
        if (Refusals.attemptOrNotify(() -> done[0] = action.get())) {
            if (done[0].operation() == null) {
                Refusals.notify(nothing);
            } else {
                Refusals.done(capitalized(done[0].operation()));
            }
        }
        reload.run();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What Ctrl+C took: kept in the user's session, so Ctrl+V works in another change set or tab too. */
    record Copied(ChangeSetId from, List<ComponentId> ids) {}

    private static final double PASTE_OFFSET = 40;

    void copy(List<String> nodeIds) {
        VaadinSession.getCurrent()
                .setAttribute(
                        Copied.class,
                        new Copied(
                                current.id(),
                                nodeIds.stream().map(CanvasEditing::id).toList()));
    }

    /**
     * Pastes the copied components into {@code frame} (or onto the canvas): in the change set they came from
     * through the model's paste (connections among them kept); from another one by recreating them with their
     * manual values.
     */
    void paste(@Nullable String frame) {
        Copied copied = VaadinSession.getCurrent().getAttribute(Copied.class);
        if (copied == null || copied.ids().isEmpty()) {
            Refusals.notify("Nothing copied yet: select components on the canvas and press Ctrl+C");
            return;
        }
        ComponentId parent = frame == null || frame.isBlank() ? null : id(frame);
        Refusals.attemptOrNotify(() -> {
            if (copied.from().equals(current.id())) {
                current.follow(components
                        .paste(current.id(), copied.ids(), parent, PASTE_OFFSET, PASTE_OFFSET)
                        .changeSetId());
            } else {
                new CrossChangeSetPaste(components, current).paste(copied.from(), copied.ids(), parent);
            }
        });
        reload.run();
    }

    /**
     * Deletes nodes and disconnects explicit edges. Deleting a frame deletes its contents, so a frame that
     * holds anything is confirmed first, whether or not its contents were selected too.
     */
    void delete(List<String> nodeIds, List<String> edgeIds, Map<ComponentId, ComponentView> shown) {
        Set<ComponentId> chosen = nodeIds.stream().map(CanvasEditing::id).collect(Collectors.toSet());
        List<ComponentView> roots = chosen.stream()
                .map(shown::get)
                .filter(Objects::nonNull)
                .filter(c -> !hasAncestorIn(c, chosen, shown))
                .toList();
        Set<ComponentId> rootIds = roots.stream().map(ComponentView::id).collect(Collectors.toSet());
        long inside = shown.values().stream()
                .filter(c -> hasAncestorIn(c, rootIds, shown))
                .count();
        Runnable delete = () -> {
            Refusals.attemptOrNotify(() -> {
                edgeIds.stream()
                        .map(EdgeKey::parse)
                        .forEach(k -> current.follow(connections
                                .disconnect(current.id(), k.from(), k.output(), k.to(), k.input())
                                .changeSetId()));
                roots.forEach(c ->
                        current.follow(components.delete(current.id(), c.id()).changeSetId()));
            });
            reload.run();
        };
        if (inside == 0) {
            delete.run();
            return;
        }
        String names = roots.stream().map(ComponentView::name).collect(Collectors.joining(", "));
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + names + "?",
                "This also deletes the " + inside + " component(s) inside. Apply deletes their resources in the cloud.",
                "Delete",
                e -> delete.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static boolean hasAncestorIn(ComponentView c, Set<ComponentId> ids, Map<ComponentId, ComponentView> all) {
        Set<ComponentId> seen = new HashSet<>();
        for (ComponentId p = c.parent();
                p != null && seen.add(p);
                p = Optional.ofNullable(all.get(p)).map(ComponentView::parent).orElse(null)) {
            if (ids.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private ComponentView follow(ComponentView answer) {
        current.follow(answer.changeSetId());
        return answer;
    }

    static ComponentId id(String text) {
        return ComponentId.parse(text);
    }

    static Map<ComponentId, ComponentView> byId(List<ComponentView> views) {
        return views.stream().collect(Collectors.toMap(ComponentView::id, Function.identity()));
    }
}
