package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides which connections feed each input of a component: the explicit edges when there are any, otherwise
 * the implicit ones from frames. Down frames around a component feed it, an up frame collects from what is
 * inside it; the nearest distance with a match wins, and several matches at that distance for an arity-one
 * input connect nothing but are reported as an ambiguity.
 */
final class FrameRules {

    /** Stable order for many-valued inputs: by the source's name, then id, so arrays do not reshuffle. */
    private final Comparator<Connection> order;

    private final Model model;

    FrameRules(Model model) {
        this.model = model;
        this.order = Comparator.comparing((Connection c) -> nameOf(c.from()))
                .thenComparing(c -> c.from().value())
                .thenComparing(Connection::output);
    }

    record Inbound(Map<String, List<Connection>> byInput, List<ResolvedComponent.Ambiguity> ambiguities) {}

    Inbound inbound(Component target) {
        Asset asset = model.asset(target);
        Map<String, List<Connection>> explicit = explicitEdges(target);
        Map<String, List<Connection>> byInput = new LinkedHashMap<>();
        List<ResolvedComponent.Ambiguity> ambiguities = new ArrayList<>();
        for (Socket input : asset.inputs()) {
            List<Connection> drawn = explicit.isEmpty() ? null : explicit.get(key(input.name()));
            if (drawn != null) {
                byInput.put(input.name(), drawn);
                continue;
            }
            List<Connection> candidates = nearestCandidates(target, input);
            if (input.arity() == Socket.Arity.ONE && candidates.size() > 1) {
                ambiguities.add(ambiguity(input, candidates));
            } else if (!candidates.isEmpty()) {
                byInput.put(input.name(), candidates);
            }
        }
        return new Inbound(byInput, ambiguities);
    }

    private Map<String, List<Connection>> explicitEdges(Component target) {
        Set<Edge> edges = model.graph().edgesInto(target.id());
        if (edges.isEmpty()) {
            return Map.of(); // most components: no map to build
        }
        Map<String, List<Connection>> byInput = new LinkedHashMap<>();
        for (Edge e : edges) {
            String why = "drawn from `" + nameOf(e.from()) + "` output `" + e.output() + "`";
            byInput.computeIfAbsent(key(e.input()), k -> new ArrayList<>())
                    .add(new Connection(e.from(), e.output(), e.to(), e.input(), Connection.Kind.EXPLICIT, why));
        }
        byInput.values().forEach(list -> list.sort(order));
        return byInput;
    }

    private List<Connection> nearestCandidates(Component target, Socket input) {
        List<Connection> best = List.of();
        int bestDistance = Integer.MAX_VALUE;
        int distance = 1;
        for (Component frame = model.graph().parentOf(target);
                frame != null;
                frame = model.graph().parentOf(frame), distance++) {
            if (frame.type() == ComponentType.DOWN_FRAME) {
                Component from = frame;
                int levels = distance;
                List<Connection> found = fitting(
                        frame, target, input, () -> "from down frame `" + from.name() + "`" + levels(levels, "up"));
                if (!found.isEmpty()) {
                    best = found;
                    bestDistance = distance;
                    break;
                }
            }
        }
        if (target.type() == ComponentType.UP_FRAME) {
            best = collectFromInside(target, input, best, bestDistance);
        }
        List<Connection> sorted = new ArrayList<>(best);
        sorted.sort(order);
        return sorted;
    }

    /** Walks the up frame's content level by level; a closer level replaces, the same level adds. */
    private List<Connection> collectFromInside(
            Component upFrame, Socket input, List<Connection> best, int bestDistance) {
        List<Component> level = model.children(upFrame.id());
        for (int depth = 1; depth <= bestDistance && !level.isEmpty(); depth++) {
            List<Connection> found = new ArrayList<>();
            List<Component> next = new ArrayList<>();
            for (Component inside : level) {
                int levels = depth;
                found.addAll(fitting(
                        inside,
                        upFrame,
                        input,
                        () -> "collected by up frame from `" + inside.name() + "`" + levels(levels, "down")));
                next.addAll(model.children(inside.id()));
            }
            if (!found.isEmpty()) {
                if (depth < bestDistance) {
                    return found;
                }
                List<Connection> merged = new ArrayList<>(best);
                merged.addAll(found);
                return merged;
            }
            level = next;
        }
        return best;
    }

    /** {@code where} is only worked out for a match: frames offer most inputs nothing, and it is a string. */
    private List<Connection> fitting(Component source, Component target, Socket input, Supplier<String> where) {
        List<Connection> found = List.of();
        for (Socket output : model.asset(source).outputs()) {
            String annotation = SocketMatcher.fittingAnnotation(output, input);
            if (annotation != null) {
                if (found.isEmpty()) {
                    found = new ArrayList<>();
                }
                found.add(new Connection(
                        source.id(),
                        output.name(),
                        target.id(),
                        input.name(),
                        Connection.Kind.IMPLICIT,
                        where.get() + ": output `" + output.name() + "` fits input `" + input.name()
                                + "` on annotation `" + annotation + "`"));
            }
        }
        return found;
    }

    private ResolvedComponent.Ambiguity ambiguity(Socket input, List<Connection> candidates) {
        String names = candidates.stream()
                .map(c -> "`" + nameOf(c.from()) + "` output `" + c.output() + "`")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return new ResolvedComponent.Ambiguity(
                input.name(),
                candidates,
                "input `" + input.name()
                        + "` takes one value but " + candidates.size() + " frame connections are equally near (" + names
                        + "): nothing is connected; draw an explicit edge or set the value manually");
    }

    private static String levels(int distance, String direction) {
        return " (" + distance + (distance == 1 ? " level " : " levels ") + direction + ")";
    }

    private String nameOf(ComponentId id) {
        return model.find(id).map(Component::name).orElse(id.toString());
    }

    static String key(String socketName) {
        return socketName.toLowerCase(Locale.ROOT);
    }
}
