package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The diff of a change set against HEAD and the actions apply would run. Pure: it reads two models and the
 * ids the change set touched, and only resolves what the touched components can influence.
 */
public final class ModelDiff {

    public record Result(List<ComponentDiff> components, List<ResourceChange> actions) {
        public Result {
            components = List.copyOf(components);
            actions = List.copyOf(actions);
        }
    }

    private final Model head;
    private final Model changed;

    private ModelDiff(Model head, Model changed) {
        this.head = head;
        this.changed = changed;
    }

    /**
     * @param touched the components the change set itself changed (added, edited or removed)
     * @param removed how each removed component went: deleted (cloud delete) or erased (forgotten)
     */
    public static Result between(
            Model head,
            Model changed,
            Collection<ComponentId> touched,
            Map<ComponentId, ModelChanges.Removal> removed) {
        return new ModelDiff(head, changed).compute(touched, removed);
    }

    private Result compute(Collection<ComponentId> touched, Map<ComponentId, ModelChanges.Removal> removed) {
        Set<ComponentId> compared = new LinkedHashSet<>(changed.downstream(touched));
        compared.addAll(head.downstream(touched));
        compared.addAll(removed.keySet());
        List<ComponentDiff> diffs = new ArrayList<>();
        List<ResourceChange> actions = new ArrayList<>();
        for (ComponentId id : compared) {
            Component before = head.find(id).orElse(null);
            Component after = changed.find(id).orElse(null);
            if (before == null && after != null) {
                added(after, diffs, actions);
            } else if (before != null && after == null) {
                removed(before, removed.getOrDefault(id, ModelChanges.Removal.DELETE), diffs, actions);
            } else if (before != null) {
                modified(before, after, diffs, actions);
            }
        }
        return new Result(diffs, actions);
    }

    private void added(Component c, List<ComponentDiff> diffs, List<ResourceChange> actions) {
        List<ComponentDiff.PropertyChange> props = new ArrayList<>();
        changed.code(c.id())
                .desiredState()
                .properties()
                .forEach(e -> props.add(new ComponentDiff.PropertyChange(e.getKey(), null, e.getValue())));
        diffs.add(new ComponentDiff(c.id(), c.name(), c.assetName(), ComponentDiff.Change.ADDED, props));
        changed.asset(c)
                .resourceType()
                .ifPresent(type -> actions.add(
                        c.imported() == null
                                ? new ResourceChange(
                                        ResourceChange.Kind.CREATE, c.id(), c.name(), type, null, List.of())
                                : new ResourceChange(
                                        ResourceChange.Kind.IMPORT, c.id(), c.name(), type, c.imported(), List.of())));
    }

    private void removed(
            Component c, ModelChanges.Removal how, List<ComponentDiff> diffs, List<ResourceChange> actions) {
        boolean erased = how == ModelChanges.Removal.ERASE;
        diffs.add(new ComponentDiff(
                c.id(),
                c.name(),
                c.assetName(),
                erased ? ComponentDiff.Change.ERASED : ComponentDiff.Change.DELETED,
                List.of()));
        if (!erased && c.resource() != null && c.resource().exists()) {
            head.asset(c)
                    .resourceType()
                    .ifPresent(type -> actions.add(new ResourceChange(
                            ResourceChange.Kind.DELETE,
                            c.id(),
                            c.name(),
                            type,
                            c.resource().identifier(),
                            List.of())));
        }
    }

    private void modified(Component before, Component after, List<ComponentDiff> diffs, List<ResourceChange> actions) {
        List<ComponentDiff.PropertyChange> props = new ArrayList<>();
        meta("si.name", before.name(), after.name(), props);
        meta("si.type", before.type().label(), after.type().label(), props);
        meta("si.parent", before.parent(), after.parent(), props);
        meta("si.geometry", before.geometry(), after.geometry(), props);
        meta("si.import", before.imported(), after.imported(), props);
        meta("si.restore", before.restore(), after.restore(), props);
        List<String> changedDomain = domainChanges(before, after, props);
        if (props.isEmpty()) {
            return;
        }
        diffs.add(new ComponentDiff(after.id(), after.name(), after.assetName(), ComponentDiff.Change.MODIFIED, props));
        Asset asset = changed.asset(after);
        boolean exists = before.resource() != null && before.resource().exists();
        boolean adopts =
                !exists && after.imported() != null && !after.imported().equals(before.imported());
        boolean restores = exists && after.restore() != null && !after.restore().equals(before.restore());
        if (restores) {
            head.drift(before.id()).stream()
                    .map(Drift.Property::name)
                    .filter(name -> !changedDomain.contains(name))
                    .forEach(changedDomain::add);
        }
        if ((changedDomain.isEmpty() && !adopts && !restores)
                || asset.resourceType().isEmpty()) {
            return;
        }
        boolean replaces = changedDomain.stream()
                .map(asset::property)
                .anyMatch(p -> p.map(Property::createOnly).orElse(false));
        ResourceChange.Kind kind = !exists
                ? after.imported() != null ? ResourceChange.Kind.IMPORT : ResourceChange.Kind.CREATE
                : replaces ? ResourceChange.Kind.REPLACE : ResourceChange.Kind.UPDATE;
        actions.add(new ResourceChange(
                kind,
                after.id(),
                after.name(),
                asset.resourceType().get(),
                exists ? before.resource().identifier() : after.imported(),
                changedDomain));
    }

    private List<String> domainChanges(Component before, Component after, List<ComponentDiff.PropertyChange> out) {
        ObjectNode was = head.resolve(before.id()).domain();
        ObjectNode now = changed.resolve(after.id()).domain();
        List<String> names = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(was.propertyNames());
        keys.addAll(now.propertyNames());
        for (String key : keys) {
            if (!Objects.equals(was.get(key), now.get(key))) {
                names.add(key);
                out.add(new ComponentDiff.PropertyChange(key, was.get(key), now.get(key)));
            }
        }
        Set<String> secretKeys = new LinkedHashSet<>(before.secrets().propertyNames());
        secretKeys.addAll(after.secrets().propertyNames());
        for (String key : secretKeys) {
            if (!Objects.equals(before.secrets().get(key), after.secrets().get(key))) {
                names.add(key);
                out.add(new ComponentDiff.PropertyChange(
                        "secrets." + key,
                        redacted(before.secrets().get(key)),
                        redacted(after.secrets().get(key))));
            }
        }
        return names;
    }

    private static JsonNode redacted(JsonNode secret) {
        return secret == null ? null : StringNode.valueOf("<redacted>");
    }

    private static void meta(String name, Object before, Object after, List<ComponentDiff.PropertyChange> out) {
        if (!Objects.equals(before, after)) {
            out.add(new ComponentDiff.PropertyChange(name, text(before), text(after)));
        }
    }

    private static JsonNode text(Object value) {
        return value == null ? null : StringNode.valueOf(value.toString());
    }
}
