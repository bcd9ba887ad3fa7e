package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.AssetKind;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketAnnotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the properties of one resource into its planned component: a {@code Ref} or {@code Fn::GetAtt} at an input
 * socket becomes a connection, an array of objects at a sub-asset input becomes one part per element, a policy
 * document becomes one statement per element, parameters with defaults become their values, and any other
 * intrinsic function a finding (the property is left unset rather than guessed).
 */
final class PropertyReader {

    private static final String SUB_ASSET_PREFIX = "Gantry::SubAsset[";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Catalog catalog;
    private final String resource;
    private final JsonNode resources;
    private final Parameters parameters;
    private final JsonNode metadataParts;
    private final Map<String, ImportPlan.Planned> planned;
    private final List<TemplateFinding> findings;
    private final @Nullable Integer line;

    PropertyReader(
            Catalog catalog,
            String resource,
            JsonNode resources,
            Parameters parameters,
            JsonNode metadataParts,
            Map<String, ImportPlan.Planned> planned,
            List<TemplateFinding> findings,
            @Nullable Integer line) {
        this.catalog = catalog;
        this.resource = resource;
        this.resources = resources;
        this.parameters = parameters;
        this.metadataParts = metadataParts;
        this.planned = planned;
        this.findings = findings;
        this.line = line;
    }

    void read(ImportPlan.Planned component, Asset asset, JsonNode properties) {
        if (!properties.isMissingNode() && !properties.isObject()) {
            finding(List.of(), "Properties is not a mapping: ignored");
            return;
        }
        readInto(component, asset, properties, List.of());
    }

    private void readInto(ImportPlan.Planned component, Asset asset, JsonNode properties, List<String> at) {
        Map<String, Socket> inputs = new HashMap<>();
        asset.inputs().stream()
                .filter(s -> s.source() != Socket.SocketSource.CONTEXT && s.property() != null)
                .forEach(s -> inputs.put(s.property(), s));
        walk(component, inputs, properties, List.of(), at);
    }

    private void walk(
            ImportPlan.Planned c, Map<String, Socket> inputs, JsonNode object, List<String> relative, List<String> at) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            List<String> path = append(relative, e.getKey());
            List<String> where = append(at, e.getKey());
            JsonNode value = e.getValue();
            Socket input = inputs.get(String.join(".", path));
            if (input != null && socket(c, input, value, where)) {
                continue;
            }
            if (value.isObject() && Intrinsics.function(value) == null && hasInputUnder(inputs, path)) {
                walk(c, inputs, value, path, where);
                continue;
            }
            JsonNode literal = literal(value, where);
            if (literal != null) {
                TemplateExporter.set(c.values, path, literal);
            }
        }
    }

    /** True when the socket took the value (as connections or parts); false leaves it to be read as a literal. */
    private boolean socket(ImportPlan.Planned c, Socket input, JsonNode value, List<String> at) {
        String subAsset = subAssetOf(input);
        if (subAsset != null) {
            return value.isArray() && parts(c, input, subAsset, value, at);
        }
        if (input.annotations().contains(SocketAnnotations.POLICY_STATEMENT)) {
            return policy(c, input, value, at);
        }
        if (input.arity() == Socket.Arity.ONE || !value.isArray()) {
            return reference(c, input, value, at);
        }
        List<JsonNode> literals = new ArrayList<>();
        boolean referenced = false;
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            List<String> where = append(at, String.valueOf(i));
            if (rolePolicy(c, element, where)) {
                continue;
            }
            if (reference(c, input, element, where)) {
                referenced = true;
            } else {
                literals.add(element);
            }
        }
        if (referenced && !literals.isEmpty()) {
            finding(
                    at,
                    "mixes references with plain values " + literals + ", which a socket cannot hold: only the "
                            + "references are kept, as connections");
            return true;
        }
        return referenced || literals.isEmpty();
    }

    /** A Ref or GetAtt of a resource: a connection (true); anything else is not a reference (false). */
    private boolean reference(ImportPlan.Planned c, Socket input, JsonNode value, List<String> at) {
        String function = Intrinsics.function(value);
        String target;
        Optional<Socket> output;
        if (Intrinsics.REF.equals(function) && value.get(function).isString()) {
            target = value.get(function).asString();
            Asset source = sourceAsset(target);
            if (source == null) {
                return !parameters.has(target) && !Intrinsics.PSEUDO_PARAMETERS.contains(target) && dropped(target, at);
            }
            output = References.refOutput(source);
        } else if (Intrinsics.GET_ATT.equals(function)) {
            List<String> parts = Intrinsics.getAttParts(value.get(function));
            if (parts == null) {
                return false;
            }
            target = parts.get(0);
            Asset source = sourceAsset(target);
            if (source == null) {
                return dropped(target, at);
            }
            output = References.attributeOutput(source, parts.get(1));
        } else {
            return false;
        }
        if (output.isEmpty()) {
            finding(at, value + " names no output socket of " + target + ": left unset");
            return true;
        }
        c.feeds.add(new ImportPlan.Feed(input.name(), target, output.get().name()));
        return true;
    }

    private boolean dropped(String target, List<String> at) {
        finding(at, "refers to " + target + ", which is not imported (see its finding): left unset");
        return true;
    }

    private @Nullable Asset sourceAsset(String logicalId) {
        JsonNode type = resources.path(logicalId).path("Type");
        if (!type.isString()) {
            return null;
        }
        return catalog.find(type.asString())
                .filter(a -> a.kind() == AssetKind.RESOURCE)
                .orElse(null);
    }

    // ---- parts

    private boolean parts(ImportPlan.Planned c, Socket input, String subAssetName, JsonNode array, List<String> at) {
        Asset subAsset = catalog.find(subAssetName).orElse(null);
        if (subAsset == null) {
            return false;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            List<String> where = append(at, String.valueOf(i));
            if (!element.isObject() || Intrinsics.function(element) != null) {
                finding(where, "is not a plain " + subAssetName + " (" + element + "): left out");
                continue;
            }
            String fallback = element.path("Name").isString()
                    ? element.get("Name").asString()
                    : c.name + " " + input.name() + " " + (i + 1);
            ImportPlan.Planned part = part(c, subAsset, where, fallback);
            readInto(part, subAsset, element, where);
            c.feeds.add(new ImportPlan.Feed(
                    input.name(), part.key, subAsset.outputs().getFirst().name()));
        }
        return true;
    }

    private boolean policy(ImportPlan.Planned c, Socket input, JsonNode document, List<String> at) {
        JsonNode folded = metadataPart(at, TemplateShape.REPOSITORY_POLICY_ASSET);
        if (folded != null) {
            Asset policyAsset = catalog.require(TemplateShape.REPOSITORY_POLICY_ASSET);
            ImportPlan.Planned policy = part(c, policyAsset, at, c.name + " policy");
            policy.feeds.add(new ImportPlan.Feed("Repository Name", c.key, "Repository Name"));
            Socket text = policyAsset.input("Policy Text").orElseThrow();
            return statements(policy, text, document, at) || literalInto(policy, "PolicyText", document, at);
        }
        return statements(c, input, document, at);
    }

    /** One policy statement component per statement, when every statement fits the statement asset. */
    private boolean statements(ImportPlan.Planned c, Socket input, JsonNode document, List<String> at) {
        JsonNode list = document.path("Statement");
        boolean version = !document.has("Version")
                || SocketAnnotations.POLICY_VERSION.equals(
                        document.path("Version").asString(""));
        if (!document.isObject() || document.size() > 2 || !version || !list.isArray()) {
            return false;
        }
        Asset statementAsset = catalog.require(TemplateShape.POLICY_STATEMENT_ASSET);
        for (JsonNode statement : list) {
            if (!PolicyStatements.fits(statementAsset, statement)) {
                return false;
            }
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode statement = list.get(i);
            List<String> where = append(append(at, "Statement"), String.valueOf(i));
            String fallback = statement.path("Sid").isString()
                    ? statement.get("Sid").asString()
                    : c.name + " statement " + (i + 1);
            ImportPlan.Planned part = part(c, statementAsset, where, fallback);
            part.values.setAll(PolicyStatements.normalized(statement));
            c.feeds.add(new ImportPlan.Feed(
                    input.name(), part.key, statementAsset.outputs().getFirst().name()));
        }
        return true;
    }

    private boolean literalInto(ImportPlan.Planned c, String property, JsonNode value, List<String> at) {
        JsonNode literal = literal(value, at);
        if (literal != null) {
            c.values.set(property, literal);
        }
        return true;
    }

    /** A managed-policy attachment an export folded into the role's ManagedPolicyArns, given back as a component. */
    private boolean rolePolicy(ImportPlan.Planned role, JsonNode element, List<String> at) {
        if (metadataPart(at, TemplateShape.ROLE_POLICY_ASSET) == null) {
            return false;
        }
        ImportPlan.Planned attachment =
                part(role, catalog.require(TemplateShape.ROLE_POLICY_ASSET), at, role.name + " policy");
        attachment.feeds.add(new ImportPlan.Feed("Role Name", role.key, "Role Name"));
        return literalInto(attachment, "PolicyArn", element, at);
    }

    private ImportPlan.Planned part(ImportPlan.Planned consumer, Asset asset, List<String> at, String fallbackName) {
        JsonNode meta = metadataPart(at, asset.name());
        String key = meta != null && meta.path(GantryMetadata.ID).isString()
                ? meta.get(GantryMetadata.ID).asString()
                : resource + "/" + String.join("/", at);
        ImportPlan.Planned part = new ImportPlan.Planned(
                key, resource, meta == null ? fallbackName : TemplateReader.nameOf(meta, fallbackName), asset.name());
        if (meta != null) {
            TemplateReader.metadata(part, meta);
        } else {
            part.consumer = consumer.key;
        }
        planned.put(key, part);
        return part;
    }

    private @Nullable JsonNode metadataPart(List<String> at, String asset) {
        String where = String.join("/", at);
        for (JsonNode part : metadataParts) {
            if (where.equals(part.path(GantryMetadata.AT).asString(""))
                    && asset.equals(part.path(GantryMetadata.ASSET).asString(""))) {
                return part;
            }
        }
        return null;
    }

    // ---- literals

    /** The value with parameters substituted; null (and a finding) where an intrinsic function cannot be. */
    private @Nullable JsonNode literal(JsonNode value, List<String> at) {
        String function = Intrinsics.function(value);
        if (function != null) {
            return intrinsic(function, value.get(function), at);
        }
        if (value.isObject()) {
            ObjectNode copy = NODES.objectNode();
            value.properties().forEach(e -> {
                JsonNode v = literal(e.getValue(), append(at, e.getKey()));
                if (v != null) {
                    copy.set(e.getKey(), v);
                }
            });
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < value.size(); i++) {
                JsonNode v = literal(value.get(i), append(at, String.valueOf(i)));
                if (v != null) {
                    copy.add(v);
                }
            }
            return copy;
        }
        return value.deepCopy();
    }

    private @Nullable JsonNode intrinsic(String function, JsonNode argument, List<String> at) {
        if (function.equals(Intrinsics.REF) && argument.isString()) {
            String name = argument.asString();
            if (name.equals(Intrinsics.NO_VALUE)) {
                return null; // CloudFormation's way to leave a property out
            }
            if (parameters.has(name)) {
                JsonNode value = parameters.value(name);
                if (value == null) {
                    finding(
                            at,
                            "refers to parameter " + name + (parameters.secret(name) ? " (NoEcho)" : "")
                                    + ", which has no default: left unset, set it on the component");
                }
                return value;
            }
            finding(
                    at,
                    Intrinsics.PSEUDO_PARAMETERS.contains(name)
                            ? "refers to the pseudo parameter " + name + ", known only inside a stack: left unset"
                            : "refers to " + name + " where no input socket takes a reference: left unset");
            return null;
        }
        if (function.equals("Fn::If")) {
            finding(at, "uses Fn::If " + argument + ": conditions are not represented, left unset");
            return null;
        }
        if (function.equals("Fn::Sub")
                && argument.isString()
                && !argument.asString().contains("${")) {
            return NODES.stringNode(argument.asString());
        }
        finding(at, "uses " + function + " " + argument + ", which Gantry does not evaluate: left unset");
        return null;
    }

    // ---- helpers

    private void finding(List<String> at, String message) {
        String path = at.isEmpty() ? "Properties" : "Properties/" + String.join("/", at);
        findings.add(new TemplateFinding(resource, path, line, path + " " + message));
    }

    private static @Nullable String subAssetOf(Socket input) {
        for (String annotation : input.annotations()) {
            if (annotation.startsWith(SUB_ASSET_PREFIX) && annotation.endsWith("]")) {
                return annotation.substring(SUB_ASSET_PREFIX.length(), annotation.length() - 1);
            }
        }
        return null;
    }

    private static boolean hasInputUnder(Map<String, Socket> inputs, List<String> path) {
        String prefix = String.join(".", path) + ".";
        return inputs.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    private static List<String> append(List<String> prefix, String segment) {
        List<String> path = new ArrayList<>(prefix);
        path.add(segment);
        return path;
    }
}
