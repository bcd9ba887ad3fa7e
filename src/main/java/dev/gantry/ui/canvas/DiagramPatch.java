package dev.gantry.ui.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the canvas must change to show a new diagram: the nodes and edges added or changed, and the ids of those
 * removed (see frontend/canvas/diagram-patches.ts). A reset replaces everything, as when another change set is
 * shown; an ordinary edit sends only what it changed.
 */
public record DiagramPatch(
        boolean reset,
        String viewKey,
        List<Diagram.Node> nodes,
        List<String> removedNodes,
        List<Diagram.Edge> edges,
        List<String> removedEdges) {

    public DiagramPatch {
        nodes = List.copyOf(nodes);
        removedNodes = List.copyOf(removedNodes);
        edges = List.copyOf(edges);
        removedEdges = List.copyOf(removedEdges);
    }

    static DiagramPatch reset(Diagram diagram) {
        return new DiagramPatch(true, diagram.viewKey(), diagram.nodes(), List.of(), diagram.edges(), List.of());
    }

    /** From what the browser was sent ({@code shownNodes}, {@code shownEdges} by id) to {@code next}. */
    static DiagramPatch between(
            Map<String, Diagram.Node> shownNodes, Map<String, Diagram.Edge> shownEdges, Diagram next) {
        List<Diagram.Node> nodes = new ArrayList<>();
        for (Diagram.Node n : next.nodes()) {
            if (!Objects.equals(shownNodes.get(n.id()), n)) {
                nodes.add(n);
            }
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (Diagram.Edge e : next.edges()) {
            if (!Objects.equals(shownEdges.get(e.id()), e)) {
                edges.add(e);
            }
        }
        return new DiagramPatch(
                false,
                next.viewKey(),
                nodes,
                removed(shownNodes, next.nodes().stream().map(Diagram.Node::id).toList()),
                edges,
                removed(shownEdges, next.edges().stream().map(Diagram.Edge::id).toList()));
    }

    private static List<String> removed(Map<String, ?> shown, List<String> kept) {
        Set<String> still = new HashSet<>(kept);
        return shown.keySet().stream().filter(id -> !still.contains(id)).toList();
    }

    /**
     * This patch for a browser that shows some nodes as its user left them ({@code shown}, by id), not as they were
     * sent: such a node travels only if {@code next} (by id) differs from what the browser shows.
     */
    DiagramPatch keeping(Map<String, Diagram.Node> shown, Map<String, Diagram.Node> next) {
        if (reset || shown.isEmpty()) {
            return this;
        }
        Map<String, Diagram.Node> changed = new LinkedHashMap<>();
        nodes.forEach(n -> changed.put(n.id(), n));
        shown.forEach((id, asShown) -> {
            Diagram.Node now = next.get(id);
            if (now == null) {
                return; // removed since: among removedNodes already
            }
            if (now.equals(asShown)) {
                changed.remove(id);
            } else {
                changed.put(id, now);
            }
        });
        return new DiagramPatch(false, viewKey, List.copyOf(changed.values()), removedNodes, edges, removedEdges);
    }

    public boolean isEmpty() {
        return !reset && nodes.isEmpty() && removedNodes.isEmpty() && edges.isEmpty() && removedEdges.isEmpty();
    }
}
