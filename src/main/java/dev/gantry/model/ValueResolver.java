package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketAnnotations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves values lazily and remembers them. A dependency index (source → consumers that read it) lets an edit
 * forget exactly the values downstream of it, so one edit recomputes only what depends on it.
 */
final class ValueResolver {

    private final Model model;
    private final FrameRules rules;
    private final Map<ComponentId, FrameRules.Inbound> inbound = new HashMap<>();
    private final Map<ComponentId, ResolvedComponent> resolved = new HashMap<>();
    private final Map<ComponentId, Set<ComponentId>> dependants = new HashMap<>();
    private final Set<ComponentId> resolving = new HashSet<>();

    ValueResolver(Model model) {
        this.model = model;
        this.rules = new FrameRules(model);
    }

    FrameRules.Inbound inbound(ComponentId id) {
        FrameRules.Inbound known = inbound.get(id);
        if (known == null) {
            known = rules.inbound(model.require(id));
            inbound.put(id, known);
        }
        return known;
    }

    /** Null only inside a cycle of connections, which resolves the cycle's back edge to nothing. */
    ResolvedComponent resolve(ComponentId id) {
        ResolvedComponent known = resolved.get(id);
        if (known != null || !resolving.add(id)) {
            return known;
        }
        try {
            ResolvedComponent computed = compute(model.require(id));
            resolved.put(id, computed);
            return computed;
        } finally {
            resolving.remove(id);
        }
    }

    /** Forgets the value of {@code id} and of everything that read it, transitively. */
    void invalidateValues(ComponentId id) {
        Deque<ComponentId> work = new ArrayDeque<>();
        work.push(id);
        Set<ComponentId> seen = new HashSet<>();
        while (!work.isEmpty()) {
            ComponentId next = work.pop();
            if (seen.add(next)) {
                resolved.remove(next);
                Set<ComponentId> readers = dependants.remove(next);
                if (readers != null) {
                    work.addAll(readers);
                }
            }
        }
    }

    /** Forgets which connections feed these components (their frames or edges changed), and their values. */
    void invalidateStructure(Collection<ComponentId> ids) {
        for (ComponentId id : ids) {
            inbound.remove(id);
            invalidateValues(id);
        }
    }

    private ResolvedComponent compute(Component component) {
        Asset asset = model.asset(component);
        ObjectNode domain = component.domain().deepCopy();
        Map<String, ValueSource> sources = new LinkedHashMap<>();
        for (Entry<String, JsonNode> manual : component.domain().properties()) {
            sources.put(manual.getKey(), ValueSource.MANUAL);
        }
        component.secrets().propertyNames().forEach(name -> sources.put(name, ValueSource.MANUAL));
        Map<String, JsonNode> context = new LinkedHashMap<>();
        FrameRules.Inbound in = inbound(component.id());
        for (Socket input : asset.inputs()) {
            List<Connection> connections = in.byInput().get(input.name());
            if (connections != null) {
                feed(component, input, connections, domain, sources, context);
            }
        }
        return new ResolvedComponent(component, domain, sources, context, in.ambiguities());
    }

    private void feed(
            Component component,
            Socket input,
            List<Connection> connections,
            ObjectNode domain,
            Map<String, ValueSource> sources,
            Map<String, JsonNode> context) {
        List<JsonNode> values = new ArrayList<>();
        for (Connection c : connections) {
            dependants.computeIfAbsent(c.from(), k -> new HashSet<>()).add(component.id());
            JsonNode value = outputValue(c.from(), c.output());
            if (value != null && value.isArray() && input.arity() == Socket.Arity.MANY) {
                value.forEach(values::add);
            } else if (value != null) {
                values.add(value);
            }
        }
        JsonNode combined =
                values.isEmpty() ? null : input.arity() == Socket.Arity.ONE ? values.getFirst() : array(values);
        if (combined != null && input.annotations().contains(SocketAnnotations.POLICY_STATEMENT)) {
            combined = policyDocument(combined);
        }
        if (input.source() == Socket.SocketSource.CONTEXT || input.property() == null) {
            if (combined != null) {
                context.put(input.name(), combined);
            }
            return;
        }
        PropertyPath path = PropertyPath.of(input.property());
        if (path.get(component.domain()) != null || component.secrets().has(path.top())) {
            return; // a manual value beats every connection
        }
        ValueSource.Kind kind = combined == null
                ? ValueSource.Kind.PENDING
                : connections.getFirst().implicit() ? ValueSource.Kind.IMPLICIT : ValueSource.Kind.EXPLICIT;
        if (combined != null) {
            path.set(domain, combined.deepCopy());
        }
        if (sources.get(path.top()) != ValueSource.MANUAL) {
            sources.put(path.top(), new ValueSource(kind, connections));
        }
    }

    /** What an output socket carries right now; null while it has nothing (no resource yet, value unset). */
    @Nullable
    JsonNode outputValue(ComponentId sourceId, String outputName) {
        Component source = model.find(sourceId).orElse(null);
        Socket output =
                source == null ? null : model.asset(source).output(outputName).orElse(null);
        if (output == null) {
            return null;
        }
        if (output.source() == Socket.SocketSource.ATTRIBUTE) {
            return attribute(source, output.property());
        }
        ResolvedComponent value = resolve(sourceId);
        if (value == null) {
            return null;
        }
        if (output.source() == Socket.SocketSource.WHOLE_VALUE || output.property() == null) {
            return value.domain().isEmpty() ? null : value.domain();
        }
        return PropertyPath.of(output.property()).get(value.domain());
    }

    private static @Nullable JsonNode attribute(Component source, String name) {
        ResourceData resource = source.resource();
        if (resource == null || resource.attributes() == null || name == null) {
            return null;
        }
        JsonNode exact = resource.attributes().get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        for (Entry<String, JsonNode> e : resource.attributes().properties()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isNull()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Statements flowing into a policy-document input make the document IAM and ECR expect. */
    private static JsonNode policyDocument(JsonNode statements) {
        ObjectNode document = JsonNodeFactory.instance.objectNode().put("Version", SocketAnnotations.POLICY_VERSION);
        document.set("Statement", statements.isArray() ? statements : array(List.of(statements)));
        return document;
    }

    private static ArrayNode array(List<JsonNode> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
