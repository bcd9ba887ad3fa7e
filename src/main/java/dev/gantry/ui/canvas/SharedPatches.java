package dev.gantry.ui.canvas;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Patches between two diagrams, worked out once for all the tabs that go from one to the other. Every tab showing
 * a change set is sent the same diagram per version of it (the editor builds one per version and shares it), so
 * after an edit ten tabs need the same patch: each worked it out for itself, 3,000 comparisons and two maps of the
 * whole diagram at 1,000 components, and wrote the same JSON.
 *
 * <p>Diagrams are told apart by their node and edge lists, compared by identity: a diagram built again from the
 * same version is new and is simply compared again, while comparing equal lists would cost what is saved. A few
 * are kept, enough for the change sets being edited at once.
 */
final class SharedPatches {

    private static final int KEPT = 8;

    /** A diagram's nodes and edges by id. */
    record Index(
            List<Diagram.Node> nodes,
            List<Diagram.Edge> edges,
            Map<String, Diagram.Node> nodesById,
            Map<String, Diagram.Edge> edgesById) {}

    /** The patch from one diagram to another, and the patch as it travels, once a tab sent it. */
    private static final class Step {
        private final Diagram from;
        private final Diagram to;
        private final DiagramPatch patch;
        private JsonNode wire;

        Step(Diagram from, Diagram to, DiagramPatch patch) {
            this.from = from;
            this.to = to;
            this.patch = patch;
        }

        boolean goes(Diagram from, Diagram to) {
            return same(this.from, from) && same(this.to, to);
        }
    }

    private final Deque<Step> steps = new ArrayDeque<>();
    private final Deque<Index> indexes = new ArrayDeque<>();

    /** What changes from {@code from} to {@code to}; the same patch for every caller with the same two diagrams. */
    synchronized DiagramPatch between(Diagram from, Diagram to) {
        for (Step step : steps) {
            if (step.goes(from, to)) {
                return step.patch;
            }
        }
        Index shown = index(from);
        Step step = new Step(from, to, DiagramPatch.between(shown.nodesById(), shown.edgesById(), to));
        remember(steps, step);
        return step.patch;
    }

    /** The patch as it travels: written once per patch from {@link #between}, per call for any other. */
    synchronized JsonNode wire(DiagramPatch patch) {
        for (Step step : steps) {
            if (step.patch == patch) {
                if (step.wire == null) {
                    step.wire = PatchWire.of(patch);
                }
                return step.wire;
            }
        }
        return PatchWire.of(patch);
    }

    /** The diagram's nodes and edges by id. */
    synchronized Index index(Diagram diagram) {
        for (Index index : indexes) {
            if (index.nodes() == diagram.nodes() && index.edges() == diagram.edges()) {
                return index;
            }
        }
        Index index = new Index(
                diagram.nodes(),
                diagram.edges(),
                byId(diagram.nodes(), Diagram.Node::id),
                byId(diagram.edges(), Diagram.Edge::id));
        remember(indexes, index);
        return index;
    }

    private static boolean same(Diagram a, Diagram b) {
        return a.nodes() == b.nodes() && a.edges() == b.edges() && a.viewKey().equals(b.viewKey());
    }

    private static <T> void remember(Deque<T> kept, T entry) {
        kept.addFirst(entry);
        if (kept.size() > KEPT) {
            kept.removeLast();
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = HashMap.newHashMap(items.size());
        items.forEach(item -> byId.put(id.apply(item), item));
        return Collections.unmodifiableMap(byId);
    }
}
