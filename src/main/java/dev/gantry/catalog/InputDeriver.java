package dev.gantry.catalog;

import dev.gantry.catalog.Socket.Arity;
import dev.gantry.catalog.Socket.SocketDirection;
import dev.gantry.catalog.Socket.SocketSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Finds the input sockets of a resource or sub-asset: properties that refer to other resources
 * ({@code relationshipRefs}, {@code *Arn}, names of other assets), policy documents, and arrays of objects
 * (fed by sub-assets). Nested objects are walked, so {@code NetworkConfiguration.AwsvpcConfiguration.Subnets}
 * becomes the {@code Network Awsvpc Subnets} input.
 *
 * <p>Input annotations are always specific ({@code AWS::EC2::Subnet.SubnetId}, {@code RoleArn}), never a bare
 * {@code Id} or {@code Name}: {@link SocketMatcher}'s suffix rule would let such an input match everything.
 */
final class InputDeriver {

    private static final int MAX_DEPTH = 3;
    private static final Pattern POLICY_DOCUMENT =
            Pattern.compile(".*(PolicyDocument|PolicyText|KeyPolicy|ResourcePolicy|AccessPolicy)|Policy");

    /** Who owns the properties being walked: the resource type, and the label nested sub-assets are named after. */
    record Owner(String resourceType, String label) {

        String namespace() {
            return TypeDirectory.namespace(resourceType);
        }
    }

    /** Supplies (building on first use) the sub-asset for one array-of-objects property; null when there is none. */
    interface SubAssetSource {
        String subAssetFor(Owner owner, String property, String elementTypeId, JsonNode propertySpec);
    }

    private final TypeDirectory directory;
    private final TypeBuilder types;

    InputDeriver(TypeDirectory directory, TypeBuilder types) {
        this.directory = directory;
        this.types = types;
    }

    List<Socket> inputs(Owner owner, JsonNode properties, String typeName, SubAssetSource subAssets) {
        List<Socket> sockets = new ArrayList<>();
        walk(new Walk(owner, subAssets, sockets, new HashSet<>()), properties, List.of(), typeName, 0);
        return sockets;
    }

    private record Walk(Owner owner, SubAssetSource subAssets, List<Socket> sockets, Set<String> typesOnPath) {}

    private void walk(Walk walk, JsonNode properties, List<String> prefix, String typeName, int depth) {
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
            String name = entry.getKey();
            JsonNode spec = entry.getValue();
            JsonNode type = spec.path("type");
            List<String> path = append(prefix, name);
            if (Spec.isArrayOfRef(type)) {
                subAssetInput(walk, prefix, path, Spec.refId(type.path("element")), spec);
            } else if (Spec.isRef(type)) {
                nested(walk, path, Spec.refId(type), depth);
            } else {
                List<String> annotations = annotations(walk.owner(), typeName, name, spec, type);
                if (!annotations.isEmpty()) {
                    Arity arity = isArray(type) || annotations.contains(SocketAnnotations.POLICY_STATEMENT)
                            ? Arity.MANY
                            : Arity.ONE;
                    walk.sockets().add(input(path, arity, annotations));
                }
            }
        }
    }

    private void subAssetInput(Walk walk, List<String> prefix, List<String> path, String elementId, JsonNode spec) {
        String label = prefix.isEmpty() ? walk.owner().label() : prefix.get(prefix.size() - 1);
        Owner owner = new Owner(walk.owner().resourceType(), label);
        String subAsset = walk.subAssets().subAssetFor(owner, path.get(path.size() - 1), elementId, spec);
        if (subAsset != null) {
            walk.sockets().add(input(path, Arity.MANY, List.of(SocketAnnotations.subAsset(subAsset))));
        }
    }

    private void nested(Walk walk, List<String> path, String typeId, int depth) {
        JsonNode definition = types.typeDefinition(typeId);
        if (definition == null || depth >= MAX_DEPTH || !walk.typesOnPath().add(typeId)) {
            return;
        }
        walk(walk, definition.path("properties"), path, Spec.text(definition, "name"), depth + 1);
        walk.typesOnPath().remove(typeId);
    }

    private List<String> annotations(Owner owner, String typeName, String name, JsonNode spec, JsonNode type) {
        if (isPolicyDocument(name, type)) {
            return List.of(SocketAnnotations.POLICY_STATEMENT);
        }
        if (!isStringish(type)) {
            return List.of();
        }
        Set<String> annotations = new LinkedHashSet<>(references(owner, spec));
        String key =
                typeName == null ? owner.resourceType() + "." + name : owner.namespace() + "/" + typeName + "." + name;
        annotations.addAll(WiringRules.EXTRA_REFS.getOrDefault(key, List.of()));
        if (annotations.isEmpty() && !spec.has("relationshipRefs")) {
            String derived = namedAfterAsset(owner, name, isArray(type));
            if (derived == null) {
                derived = arnAnnotation(name);
            }
            if (derived != null) {
                annotations.add(derived);
            }
        }
        return List.copyOf(annotations);
    }

    /** One annotation per referenced type (its first ref), so one output of a frame fits, not two. */
    private static List<String> references(Owner owner, JsonNode spec) {
        Set<String> seenTypes = new HashSet<>();
        List<String> annotations = new ArrayList<>();
        for (JsonNode ref : spec.path("relationshipRefs")) {
            String target = Spec.text(ref, "cloudFormationType");
            String annotation = target + "." + Spec.text(ref, "propertyName");
            if (!WiringRules.IGNORED_REFS.contains(annotation) && seenTypes.add(target)) {
                annotations.add(annotation);
            }
        }
        return annotations;
    }

    /** {@code Subnets}, {@code SecurityGroupIds}, {@code VpcId}, {@code RoleName}: the named type's identifier. */
    private @Nullable String namedAfterAsset(Owner owner, String name, boolean array) {
        String base;
        String identifierSuffix;
        boolean sameNamespaceOnly = false;
        if (name.endsWith("Ids") || name.endsWith("Id")) {
            base = name.substring(0, name.lastIndexOf("Id"));
            identifierSuffix = "Id";
        } else if (name.endsWith("Names") || name.endsWith("Name")) {
            base = name.substring(0, name.lastIndexOf("Name"));
            identifierSuffix = "Name";
            sameNamespaceOnly = true;
        } else if (array && name.endsWith("s")) {
            base = name.substring(0, name.length() - 1);
            identifierSuffix = "";
        } else {
            return null;
        }
        List<String> words = base.isEmpty() ? List.of() : SocketNames.words(base);
        for (int i = 0; i < words.size(); i++) {
            String candidate = String.join("", words.subList(i, words.size()));
            String target = directory.resolve(candidate, owner.namespace(), sameNamespaceOnly);
            String identifier = target == null ? null : directory.identifier(target);
            if (identifier != null && !target.equals(owner.resourceType()) && identifier.endsWith(identifierSuffix)) {
                return target + "." + identifier;
            }
        }
        return null;
    }

    /** {@code ExecutionRoleArn} → {@code RoleArn}: fits any output ending in RoleArn, such as a role's. */
    private @Nullable String arnAnnotation(String name) {
        String singular = name.endsWith("Arns") ? name.substring(0, name.length() - 1) : name;
        if (!singular.endsWith("Arn") && !singular.endsWith("ARN") || singular.length() <= 3) {
            return null;
        }
        List<String> words = SocketNames.words(singular.substring(0, singular.length() - 3));
        for (int i = 0; i < words.size(); i++) {
            String candidate = String.join("", words.subList(i, words.size()));
            if (directory.isShortName(candidate)) {
                return candidate + "Arn";
            }
        }
        return singular;
    }

    private static boolean isPolicyDocument(String name, JsonNode type) {
        String kind = Spec.text(type, "type");
        boolean jsonish =
                kind.equals("json") || kind.equals("union") && type.toString().contains("\"json\"");
        return jsonish && POLICY_DOCUMENT.matcher(name).matches();
    }

    private static boolean isStringish(JsonNode type) {
        JsonNode t = isArray(type) ? type.path("element") : type;
        return "string".equals(Spec.text(t, "type"));
    }

    private static boolean isArray(JsonNode type) {
        return "array".equals(Spec.text(type, "type"));
    }

    private static Socket input(List<String> path, Arity arity, List<String> annotations) {
        return new Socket(
                SocketNames.pathName(path),
                SocketDirection.INPUT,
                arity,
                SocketSource.PROPERTY,
                String.join(".", path),
                annotations);
    }

    private static List<String> append(List<String> prefix, String name) {
        List<String> path = new ArrayList<>(prefix.size() + 1);
        path.addAll(prefix);
        path.add(name);
        return path;
    }
}
