package dev.gantry.action;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a change set's changes into a DAG of actions ordered by data flow: a consumer's create or update waits
 * for its producers' creates, updates and replaces; a producer's delete waits for its consumers' deletes; a
 * create is followed by a refresh. Pure: the same input gives the same plan.
 */
public final class ActionPlanner {

    public ActionPlan plan(PlanInput input) {
        Map<UUID, PlanInput.Change> changed = new LinkedHashMap<>();
        input.changes().forEach(c -> changed.put(c.componentId(), c));
        Map<UUID, Set<UUID>> upstream = changedUpstream(changed.keySet(), AttachmentOrdering.withAttachments(input));

        Map<UUID, UUID> mainAction = new HashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (PlanInput.Change change : changed.values()) {
            Draft main = new Draft(UUID.randomUUID(), change.kind(), change);
            drafts.add(main);
            mainAction.put(change.componentId(), main.id);
            if (change.kind() == ActionKind.CREATE || change.kind() == ActionKind.REPLACE) {
                Draft refresh = new Draft(UUID.randomUUID(), ActionKind.REFRESH, change);
                refresh.dependsOn.add(main.id);
                drafts.add(refresh);
            }
        }
        drafts.addAll(updatesOfReplacedResourcesConsumers(input, changed, mainAction));
        for (Draft draft : drafts) {
            if (draft.kind != ActionKind.REFRESH) {
                linkDependencies(draft, changed, upstream, mainAction);
            }
        }
        List<PlannedAction> ordered = topologicalOrder(drafts);
        return new ActionPlan(ordered, criticalPath(ordered));
    }

    /**
     * A replaced resource gets a new identity, so each existing resource that consumes it (directly or through
     * sub-components) is updated after the replacement, to take the new id or ARN.
     */
    private static List<Draft> updatesOfReplacedResourcesConsumers(
            PlanInput input, Map<UUID, PlanInput.Change> changed, Map<UUID, UUID> mainAction) {
        Map<UUID, PlanInput.Resource> existing = new HashMap<>();
        input.existing().forEach(r -> existing.put(r.componentId(), r));
        Map<UUID, List<UUID>> consumersOf = new HashMap<>();
        input.dataFlow()
                .forEach(f -> consumersOf
                        .computeIfAbsent(f.producer(), k -> new ArrayList<>())
                        .add(f.consumer()));
        Map<UUID, Draft> updates = new LinkedHashMap<>();
        for (PlanInput.Change replaced : changed.values()) {
            if (replaced.kind() != ActionKind.REPLACE) {
                continue;
            }
            Set<UUID> seen = new HashSet<>(Set.of(replaced.componentId()));
            ArrayDeque<UUID> queue = new ArrayDeque<>(consumersOf.getOrDefault(replaced.componentId(), List.of()));
            while (!queue.isEmpty()) {
                UUID next = queue.poll();
                if (!seen.add(next) || changed.containsKey(next)) {
                    continue;
                }
                PlanInput.Resource resource = existing.get(next);
                if (resource == null) {
                    queue.addAll(consumersOf.getOrDefault(next, List.of()));
                    continue;
                }
                updates.computeIfAbsent(
                                next,
                                id -> new Draft(
                                        UUID.randomUUID(),
                                        ActionKind.UPDATE,
                                        new PlanInput.Change(
                                                id,
                                                resource.componentName(),
                                                resource.resourceType(),
                                                ActionKind.UPDATE)))
                        .dependsOn
                        .add(mainAction.get(replaced.componentId()));
            }
        }
        return new ArrayList<>(updates.values());
    }

    private static void linkDependencies(
            Draft draft,
            Map<UUID, PlanInput.Change> changed,
            Map<UUID, Set<UUID>> upstream,
            Map<UUID, UUID> mainAction) {
        UUID component = draft.change.componentId();
        if (draft.kind == ActionKind.ERASE || !changed.containsKey(component)) {
            return; // erases wait for nothing; cascaded updates already wait for their replacement
        }
        if (draft.kind == ActionKind.DELETE) {
            // Deletes run in reverse data flow: wait until every deleted consumer of this component is gone.
            upstream.forEach((consumer, producers) -> {
                if (producers.contains(component) && changed.get(consumer).kind() == ActionKind.DELETE) {
                    draft.dependsOn.add(mainAction.get(consumer));
                }
            });
            return;
        }
        for (UUID producer : upstream.getOrDefault(component, Set.of())) {
            ActionKind producerKind = changed.get(producer).kind();
            if (producerKind != ActionKind.DELETE && producerKind != ActionKind.ERASE) {
                draft.dependsOn.add(mainAction.get(producer));
            }
        }
    }

    /**
     * For each changed component, the nearest changed components upstream of it: the walk goes through
     * unchanged components (sub-components, frames) and stops at changed ones, whose own upstream is theirs.
     */
    private static Map<UUID, Set<UUID>> changedUpstream(Set<UUID> changed, List<PlanInput.DataFlow> flow) {
        Map<UUID, List<UUID>> producersOf = new HashMap<>();
        flow.forEach(f -> producersOf
                .computeIfAbsent(f.consumer(), k -> new ArrayList<>())
                .add(f.producer()));
        Map<UUID, Set<UUID>> result = new HashMap<>();
        for (UUID start : changed) {
            Set<UUID> found = new LinkedHashSet<>();
            Set<UUID> seen = new HashSet<>(Set.of(start));
            ArrayDeque<UUID> queue = new ArrayDeque<>(producersOf.getOrDefault(start, List.of()));
            while (!queue.isEmpty()) {
                UUID next = queue.poll();
                if (!seen.add(next)) {
                    continue;
                }
                if (changed.contains(next)) {
                    found.add(next);
                } else {
                    queue.addAll(producersOf.getOrDefault(next, List.of()));
                }
            }
            result.put(start, found);
        }
        return result;
    }

    private static List<PlannedAction> topologicalOrder(List<Draft> drafts) {
        Map<UUID, Draft> byId = new HashMap<>();
        Map<UUID, Integer> waiting = new HashMap<>();
        Map<UUID, List<Draft>> dependants = new HashMap<>();
        for (Draft d : drafts) {
            byId.put(d.id, d);
            waiting.put(d.id, d.dependsOn.size());
            d.dependsOn.forEach(dep ->
                    dependants.computeIfAbsent(dep, k -> new ArrayList<>()).add(d));
        }
        Comparator<Draft> stable =
                Comparator.comparing((Draft d) -> d.change.componentName()).thenComparing(d -> d.kind);
        java.util.PriorityQueue<Draft> ready = new java.util.PriorityQueue<>(stable);
        drafts.stream().filter(d -> d.dependsOn.isEmpty()).forEach(ready::add);
        List<PlannedAction> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            Draft next = ready.poll();
            ordered.add(next.toAction());
            for (Draft dependant : dependants.getOrDefault(next.id, List.of())) {
                if (waiting.merge(dependant.id, -1, Integer::sum) == 0) {
                    ready.add(dependant);
                }
            }
        }
        if (ordered.size() != drafts.size()) {
            throw new IllegalStateException("The data flow has a cycle; no order can satisfy it");
        }
        return ordered;
    }

    /** The longest chain of dependent actions, each counted once. */
    private static List<PlannedAction> criticalPath(List<PlannedAction> ordered) {
        Map<UUID, Integer> length = new HashMap<>();
        Map<UUID, PlannedAction> previous = new HashMap<>();
        Map<UUID, PlannedAction> byId = new HashMap<>();
        PlannedAction last = null;
        for (PlannedAction action : ordered) {
            byId.put(action.id(), action);
            int best = 0;
            for (UUID dep : action.dependsOn()) {
                if (length.get(dep) > best) {
                    best = length.get(dep);
                    previous.put(action.id(), byId.get(dep));
                }
            }
            length.put(action.id(), best + 1);
            if (last == null || length.get(action.id()) > length.get(last.id())) {
                last = action;
            }
        }
        List<PlannedAction> path = new ArrayList<>();
        for (PlannedAction at = last; at != null; at = previous.get(at.id())) {
            path.addFirst(at);
        }
        return path;
    }

    private static final class Draft {
        final UUID id;
        final ActionKind kind;
        final PlanInput.Change change;
        final Set<UUID> dependsOn = new LinkedHashSet<>();

        Draft(UUID id, ActionKind kind, PlanInput.Change change) {
            this.id = id;
            this.kind = kind;
            this.change = change;
        }

        PlannedAction toAction() {
            return new PlannedAction(
                    id,
                    kind,
                    change.componentId(),
                    change.componentName(),
                    change.resourceType(),
                    List.copyOf(dependsOn));
        }
    }
}
