package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketMatcher;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import dev.gantry.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where a resource of a template without Gantry metadata goes: inside a resource it refers to, made a down frame,
 * when that frame (and the down frames around it) would feed only what the template says. A subnet whose
 * {@code VpcId} refers to a VPC goes inside the VPC; a NAT gateway stays out of its subnet's frame when the VPC
 * around it would fill the gateway's {@code VpcId}, which the template leaves unset. Candidates referred to by more
 * resources are tried first, so containers (VPCs, clusters) win over leaves.
 *
 * <p>A stand-in until the shared containment rules of discovery land in {@code changeset}; it follows the same
 * frame rule the model applies (the nearest down frame with a fitting output feeds an input).
 */
final class ContainmentInference {

    private final Model model;
    private final Catalog catalog;
    private final Map<String, Integer> referrers = new HashMap<>();

    ContainmentInference(Model model, Catalog catalog, List<ImportPlan.Planned> planned) {
        this.model = model;
        this.catalog = catalog;
        planned.forEach(p -> p.feeds.stream()
                .map(ImportPlan.Feed::sourceKey)
                .distinct()
                .forEach(k -> referrers.merge(k, 1, Integer::sum)));
    }

    @Nullable
    ComponentId frameFor(ImportPlan.Planned p, Map<String, ComponentId> ids, Map<String, ImportPlan.Planned> byKey) {
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(
                p.feeds.stream().map(ImportPlan.Feed::sourceKey).toList()));
        candidates.sort(Comparator.comparing((String k) -> -referrers.getOrDefault(k, 0)));
        for (String key : candidates) {
            ImportPlan.Planned source = byKey.get(key);
            ComponentId frame = ids.get(key);
            if (source == null || frame == null || !source.key.equals(source.resource)) {
                continue; // only resources of the template frame others, not parts folded into them
            }
            Component c = model.require(frame);
            boolean mayBecomeFrame =
                    c.type() == ComponentType.DOWN_FRAME || c.type() == ComponentType.COMPONENT && !source.hasMetadata;
            if (mayBecomeFrame && feedsOnlyWhatTheTemplateSays(p, c)) {
                if (c.type() != ComponentType.DOWN_FRAME) {
                    model.changeType(frame, ComponentType.DOWN_FRAME);
                }
                return frame;
            }
        }
        return null;
    }

    /** Every input the frames would feed is one the template feeds or sets itself, and the frame gives a feed. */
    private boolean feedsOnlyWhatTheTemplateSays(ImportPlan.Planned p, Component frame) {
        Asset asset = catalog.require(p.asset);
        Set<String> fed = new java.util.HashSet<>();
        p.feeds.forEach(f -> fed.add(f.input().toLowerCase(java.util.Locale.ROOT)));
        boolean givesAFeed = false;
        for (Socket input : asset.inputs()) {
            if (input.source() == Socket.SocketSource.CONTEXT || input.property() == null) {
                continue;
            }
            Nearest nearest = nearest(frame, input);
            if (nearest.outputs().isEmpty()) {
                continue;
            }
            if (fed.contains(input.name().toLowerCase(java.util.Locale.ROOT))) {
                givesAFeed |= nearest.from().equals(frame.id())
                        && p.feeds.stream()
                                .anyMatch(f -> f.input().equalsIgnoreCase(input.name())
                                        && nearest.outputs().stream().anyMatch(o -> o.equalsIgnoreCase(f.output())));
                continue;
            }
            boolean manual = valueAt(p.values, input.propertyPath()) != null;
            boolean ambiguous =
                    input.arity() == Socket.Arity.ONE && nearest.outputs().size() > 1;
            if (!manual && !ambiguous) {
                return false;
            }
        }
        return givesAFeed;
    }

    private record Nearest(ComponentId from, List<String> outputs) {}

    /** The first down frame, from the candidate outwards, with outputs that fit the input (the model's rule). */
    private Nearest nearest(Component candidate, Socket input) {
        for (Component f = candidate; f != null; f = f.parent() == null ? null : model.require(f.parent())) {
            if (f != candidate && f.type() != ComponentType.DOWN_FRAME) {
                continue;
            }
            List<String> fitting = model.asset(f).outputs().stream()
                    .filter(o -> SocketMatcher.fits(o, input))
                    .map(Socket::name)
                    .toList();
            if (!fitting.isEmpty()) {
                return new Nearest(f.id(), fitting);
            }
        }
        return new Nearest(candidate.id(), List.of());
    }

    private static @Nullable JsonNode valueAt(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String segment : path) {
            node = node == null ? null : node.get(segment);
        }
        return node;
    }
}
