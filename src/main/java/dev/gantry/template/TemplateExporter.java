package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketAnnotations;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.model.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a change set's model as a CloudFormation template. Every resource component is a {@code Resources} entry
 * whose properties are its manual values plus, for each connected input, the {@code Ref} or {@code Fn::GetAtt} of
 * what feeds it ({@link References}); sub-assets and policy statements fold into the property they feed; secrets
 * become {@code NoEcho} parameters; Regions become the stack's region and credentials never appear. What Gantry
 * knows beyond CloudFormation (names, frames, what was folded where) goes into {@code Metadata.Gantry}, so that an
 * import gives the same diagram back ({@link GantryMetadata}).
 */
final class TemplateExporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Model model;
    private final Map<ComponentId, TemplateShape> shapes = new LinkedHashMap<>();
    private final Map<ComponentId, String> ids = new LinkedHashMap<>();
    private final Map<ComponentId, ObjectNode> properties = new LinkedHashMap<>();
    private final Map<ComponentId, ArrayNode> parts = new LinkedHashMap<>();
    private final Set<ComponentId> folded = new LinkedHashSet<>();
    private final Map<ComponentId, Set<String>> drawn = new LinkedHashMap<>();
    private final ObjectNode parameters = NODES.objectNode();
    private final ArrayNode omitted = NODES.arrayNode();
    private final References references;

    /** What is exported: everything, or one frame's contents and the frames around it. */
    private final Predicate<Component> inScope;

    private TemplateExporter(Model model, @Nullable ComponentId frame) {
        this.model = model;
        this.references = new References(model, ids);
        this.inScope = frame == null ? c -> true : scope(model, frame)::contains;
    }

    static ObjectNode export(Model model, String description) {
        return export(model, description, null);
    }

    static ObjectNode export(Model model, String description, @Nullable ComponentId frame) {
        return new TemplateExporter(model, frame).template(description);
    }

    private static Set<Component> scope(Model model, ComponentId frame) {
        Set<Component> scope = new java.util.HashSet<>();
        Deque<Component> open = new ArrayDeque<>(List.of(model.require(frame)));
        while (!open.isEmpty()) {
            Component c = open.pop();
            scope.add(c);
            open.addAll(model.children(c.id()));
        }
        for (ComponentId up = model.require(frame).parent();
                up != null;
                up = model.require(up).parent()) {
            scope.add(model.require(up));
        }
        return scope;
    }

    private ObjectNode template(String description) {
        classify();
        for (Map.Entry<ComponentId, TemplateShape> e : shapes.entrySet()) {
            if (e.getValue() == TemplateShape.RESOURCE) {
                properties.put(e.getKey(), resourceProperties(model.require(e.getKey())));
            }
        }
        shapes.forEach((id, shape) -> {
            if (shape == TemplateShape.REPOSITORY_POLICY) {
                foldRepositoryPolicy(model.require(id));
            } else if (shape == TemplateShape.ROLE_POLICY) {
                foldManagedPolicy(model.require(id));
            }
        });
        return assemble(description);
    }

    private void classify() {
        LogicalIds logicalIds = new LogicalIds();
        for (Component c : inTreeOrder()) {
            Asset asset = model.asset(c);
            boolean managedPolicy = asset.name().equals(TemplateShape.ROLE_POLICY_ASSET)
                    && model.resolve(c.id()).domain().hasNonNull("PolicyArn");
            TemplateShape shape = TemplateShape.of(asset, managedPolicy);
            shapes.put(c.id(), shape);
            if (shape != TemplateShape.CREDENTIAL && shape != TemplateShape.REGION) {
                ids.put(c.id(), logicalIds.of(c.name(), asset.name()));
            }
        }
    }

    /** Frames before their content, siblings as they read on the canvas: the same model exports the same text. */
    private List<Component> inTreeOrder() {
        List<Component> ordered = new ArrayList<>();
        readingOrder(model.components().stream().filter(c -> c.parent() == null).toList())
                .forEach(c -> collect(c, ordered));
        return ordered;
    }

    private void collect(Component c, List<Component> into) {
        if (!inScope.test(c)) {
            return;
        }
        into.add(c);
        readingOrder(model.children(c.id())).forEach(child -> collect(child, into));
    }

    private static List<Component> readingOrder(List<Component> siblings) {
        return siblings.stream()
                .sorted(java.util.Comparator.comparingDouble(
                                (Component c) -> c.geometry().y())
                        .thenComparingDouble(c -> c.geometry().x())
                        .thenComparing(Component::name))
                .toList();
    }

    // ---- values

    private ObjectNode resourceProperties(Component c) {
        ObjectNode props = value(c, c.id(), List.of());
        for (String secret : c.secrets().propertyNames()) {
            String parameter = ids.get(c.id()) + LogicalIds.camel(secret);
            parameters.set(
                    parameter,
                    NODES.objectNode()
                            .put("Type", "String")
                            .put("NoEcho", true)
                            .put(
                                    "Description",
                                    "The secret " + secret + " of `" + c.name()
                                            + "`: Gantry does not export secrets, give it when creating the stack"));
            props.set(secret, Intrinsics.ref(parameter));
        }
        return props;
    }

    /**
     * A component's properties: what the user set, and for every connected input without a manual value the
     * references of what feeds it. {@code owner} is the resource it folds into, {@code at} where.
     */
    private ObjectNode value(Component c, ComponentId owner, List<String> at) {
        ObjectNode props = c.domain().deepCopy();
        Map<String, List<Connection>> byInput = new LinkedHashMap<>();
        for (Connection connection : model.connectionsInto(c.id())) {
            byInput.computeIfAbsent(key(connection.input()), k -> new ArrayList<>())
                    .add(connection);
        }
        for (Socket input : model.asset(c).inputs()) {
            List<Connection> feeding = byInput.get(key(input.name()));
            if (feeding == null || input.source() == Socket.SocketSource.CONTEXT || input.property() == null) {
                continue;
            }
            List<String> path = input.propertyPath();
            if (get(props, path) != null) {
                continue; // a manual value beats every connection
            }
            if (feeding.stream().anyMatch(f -> !f.implicit())) {
                drawn.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(input.name());
            }
            JsonNode fed = inputValue(input, feeding, owner, append(at, path));
            if (fed != null) {
                set(props, path, fed);
            }
        }
        return props;
    }

    private @Nullable JsonNode inputValue(Socket input, List<Connection> feeding, ComponentId owner, List<String> at) {
        boolean policy = input.annotations().contains(SocketAnnotations.POLICY_STATEMENT);
        List<String> elements = policy ? append(at, List.of("Statement")) : at;
        List<JsonNode> values = new ArrayList<>();
        for (Connection connection : feeding) {
            List<String> where = input.arity() == Socket.Arity.MANY
                    ? append(elements, List.of(String.valueOf(values.size())))
                    : elements;
            JsonNode value = connectionValue(connection, owner, where);
            if (value != null && value.isArray() && input.arity() == Socket.Arity.MANY) {
                value.forEach(values::add);
            } else if (value != null) {
                values.add(value);
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        if (input.arity() == Socket.Arity.ONE) {
            return values.getFirst();
        }
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        if (policy) {
            ObjectNode document = NODES.objectNode().put("Version", SocketAnnotations.POLICY_VERSION);
            document.set("Statement", array);
            return document;
        }
        return array;
    }

    private @Nullable JsonNode connectionValue(Connection connection, ComponentId owner, List<String> at) {
        Component source = model.require(connection.from());
        TemplateShape shape = shapes.get(source.id());
        if (shape == TemplateShape.PART) {
            ObjectNode value = value(source, owner, at);
            if (value.isEmpty()) {
                return null;
            }
            recordPart(source, owner, at);
            return value;
        }
        if (shape == TemplateShape.RESOURCE) {
            return references.of(source, connection.output());
        }
        return references.literal(source, connection.output());
    }

    // ---- folds of the hand-written assets

    private void foldRepositoryPolicy(Component policy) {
        ComponentId repository = feeder(policy, "Repository Name", TemplateShape.RESOURCE);
        if (repository == null) {
            omit(policy, "its Repository Name is not connected to a repository in this change set");
            return;
        }
        ObjectNode target = properties.get(repository);
        if (target.has("RepositoryPolicyText")) {
            omit(policy, "the repository has a RepositoryPolicyText of its own");
            return;
        }
        List<String> at = List.of("RepositoryPolicyText");
        JsonNode document = policy.domain().get("PolicyText");
        if (document == null) {
            Socket input = model.asset(policy).input("Policy Text").orElseThrow();
            List<Connection> feeding = model.connectionsInto(policy.id()).stream()
                    .filter(c -> key(c.input()).equals(key(input.name())))
                    .toList();
            document = inputValue(input, feeding, repository, at);
        }
        if (document == null) {
            omit(policy, "it holds no policy statements");
            return;
        }
        target.set("RepositoryPolicyText", document);
        recordPart(policy, repository, at);
    }

    private void foldManagedPolicy(Component attachment) {
        ComponentId role = feeder(attachment, "Role Name", TemplateShape.RESOURCE);
        if (role == null) {
            omit(attachment, "its Role Name is not connected to a role in this change set");
            return;
        }
        JsonNode arn = model.resolve(attachment.id()).domain().get("PolicyArn");
        ObjectNode target = properties.get(role);
        ArrayNode managed = target.has("ManagedPolicyArns")
                        && target.get("ManagedPolicyArns").isArray()
                ? (ArrayNode) target.get("ManagedPolicyArns")
                : target.putArray("ManagedPolicyArns");
        recordPart(attachment, role, List.of("ManagedPolicyArns", String.valueOf(managed.size())));
        managed.add(arn.deepCopy());
    }

    /** The component of that shape feeding the input, if one does. */
    private @Nullable ComponentId feeder(Component c, String input, TemplateShape shape) {
        return model.connectionsInto(c.id()).stream()
                .filter(conn -> key(conn.input()).equals(key(input)))
                .map(Connection::from)
                .filter(from -> shapes.get(from) == shape)
                .findFirst()
                .orElse(null);
    }

    // ---- metadata and assembly

    private void recordPart(Component part, ComponentId owner, List<String> at) {
        folded.add(part.id());
        ObjectNode entry = GantryMetadata.describe(part, ids.get(part.id()), parentId(part));
        GantryMetadata.drawn(entry, drawn.get(part.id()));
        entry.put(GantryMetadata.ASSET, part.assetName());
        entry.put(GantryMetadata.AT, String.join("/", at));
        parts.computeIfAbsent(owner, k -> NODES.arrayNode()).add(entry);
    }

    private @Nullable String parentId(Component c) {
        for (ComponentId p = c.parent(); p != null; p = model.require(p).parent()) {
            if (ids.containsKey(p)) {
                return ids.get(p);
            }
        }
        return null;
    }

    private void omit(Component c, String reason) {
        omitted.addObject()
                .put("Name", c.name())
                .put(GantryMetadata.ASSET, c.assetName())
                .put("Reason", reason);
    }

    private ObjectNode assemble(String description) {
        ObjectNode template = NODES.objectNode().put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", description);
        shapes.forEach((id, shape) -> {
            if (shape == TemplateShape.PART && !folded.contains(id)) {
                omit(model.require(id), "it feeds no resource of this change set");
            } else if (shape == TemplateShape.OTHER) {
                omit(model.require(id), "it is configuration with no CloudFormation resource");
            }
        });
        template.set("Metadata", GantryMetadata.template(regions(), omitted));
        if (!parameters.isEmpty()) {
            template.set("Parameters", parameters);
        }
        ObjectNode resources = template.putObject("Resources");
        properties.forEach((id, props) -> {
            Component c = model.require(id);
            ObjectNode resource = resources.putObject(ids.get(id));
            resource.put("Type", model.asset(c).name());
            ObjectNode gantry = GantryMetadata.describe(c, null, parentId(c));
            GantryMetadata.drawn(gantry, drawn.get(id));
            if (parts.containsKey(id)) {
                gantry.set(GantryMetadata.PARTS, parts.get(id));
            }
            resource.putObject("Metadata").set(GantryMetadata.KEY, gantry);
            List<String> dependsOn = Dependencies.of(model, c, ids, shapes);
            if (!dependsOn.isEmpty()) {
                ArrayNode array = resource.putArray("DependsOn");
                dependsOn.forEach(array::add);
            }
            if (!props.isEmpty()) {
                resource.set("Properties", props);
            }
        });
        return template;
    }

    private List<String> regions() {
        Set<String> regions = new LinkedHashSet<>();
        shapes.forEach((id, shape) -> {
            JsonNode region =
                    shape == TemplateShape.REGION ? model.resolve(id).domain().get("Region") : null;
            if (region != null && region.isString()) {
                regions.add(region.asString());
            }
        });
        return List.copyOf(regions);
    }

    // ---- paths

    static String key(String socketName) {
        return socketName.toLowerCase(Locale.ROOT);
    }

    private static List<String> append(List<String> prefix, List<String> more) {
        List<String> path = new ArrayList<>(prefix);
        path.addAll(more);
        return path;
    }

    private static @Nullable JsonNode get(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String segment : path) {
            node = node == null || !node.isObject() ? null : node.get(segment);
        }
        return node == null || node.isNull() ? null : node;
    }

    static void set(ObjectNode root, List<String> path, JsonNode value) {
        ObjectNode node = root;
        for (String segment : path.subList(0, path.size() - 1)) {
            JsonNode next = node.get(segment);
            node = next != null && next.isObject() ? (ObjectNode) next : node.putObject(segment);
        }
        node.set(path.getLast(), value);
    }
}
