package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.AssetKind;
import dev.gantry.catalog.Catalog;
import dev.gantry.model.ComponentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a parsed template into an {@link ImportPlan}: one planned component per resource whose type the catalogue
 * knows, and the parts folded into it ({@link PropertyReader}). Everything else a template can say (conditions,
 * macros, custom resources, outputs, policies on resources) is a finding, with the line of the resource.
 */
final class TemplateReader {

    /** The plan, what could not be represented, and the Regions an exported template names. */
    record Read(List<ImportPlan.Planned> planned, List<TemplateFinding> findings, List<String> regions) {}

    private static final Set<String> KNOWN_SECTIONS = Set.of(
            "AWSTemplateFormatVersion",
            "Description",
            "Metadata",
            "Parameters",
            "Resources",
            "Outputs",
            "Conditions",
            "Mappings",
            "Rules",
            "Transform");
    private static final Set<String> RESOURCE_ATTRIBUTES_KEPT = Set.of("Type", "Properties", "Metadata", "DependsOn");

    private final Catalog catalog;
    private final ObjectNode template;
    private final Map<String, Integer> lines;
    private final List<TemplateFinding> findings = new ArrayList<>();
    private final Map<String, ImportPlan.Planned> planned = new LinkedHashMap<>();

    private TemplateReader(Catalog catalog, TemplateText.Parsed parsed) {
        this.catalog = catalog;
        this.template = parsed.tree();
        this.lines = parsed.resourceLines();
    }

    static Read read(Catalog catalog, TemplateText.Parsed parsed) {
        return new TemplateReader(catalog, parsed).read();
    }

    private Read read() {
        JsonNode resources = template.get("Resources");
        if (resources == null || !resources.isObject() || resources.isEmpty()) {
            throw new MalformedTemplateException(
                    "A template needs a Resources section with at least one resource", 1, 1);
        }
        sections();
        Parameters parameters = new Parameters(template.path("Parameters"));
        for (Map.Entry<String, JsonNode> entry : resources.properties()) {
            resource(entry.getKey(), entry.getValue(), resources, parameters);
        }
        List<String> regions = new ArrayList<>();
        GantryMetadata.of(template).path(GantryMetadata.REGIONS).forEach(r -> regions.add(r.asString()));
        return new Read(List.copyOf(planned.values()), findings, regions);
    }

    private void sections() {
        template.propertyNames().forEach(section -> {
            if (!KNOWN_SECTIONS.contains(section)) {
                throw new MalformedTemplateException("Unknown template section `" + section + "`", null, null);
            }
        });
        if (template.has("Transform")) {
            templateFinding("Transform (macros such as " + template.get("Transform")
                    + ") is run only by CloudFormation: the resources are imported as written, not expanded");
        }
        if (template.has("Conditions")) {
            templateFinding("Conditions are not represented: every resource is imported, whatever its condition");
        }
        if (template.has("Rules")) {
            templateFinding("Rules (parameter checks) are not represented");
        }
        if (template.has("Outputs")) {
            templateFinding("Outputs are not represented: each component shows its own attributes once applied");
        }
    }

    private void resource(String id, JsonNode resource, JsonNode resources, Parameters parameters) {
        if (!resource.isObject() || !resource.path("Type").isString()) {
            throw new MalformedTemplateException(
                    "Resource `" + id + "` needs a Type", lines.get(id), lines.containsKey(id) ? 3 : null);
        }
        String type = resource.get("Type").asString();
        if (type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource")) {
            finding(
                    id,
                    null,
                    "Custom resource " + type + " runs its provider ("
                            + resource.path("Properties").path("ServiceToken")
                            + ") only inside CloudFormation: not imported");
            return;
        }
        Asset asset =
                catalog.find(type).filter(a -> a.kind() == AssetKind.RESOURCE).orElse(null);
        if (asset == null) {
            finding(id, null, "Resource type " + type + " is not in Gantry's catalogue: not imported");
            return;
        }
        resource.propertyNames().forEach(attribute -> {
            if (attribute.equals("Condition")) {
                finding(
                        id,
                        null,
                        "Condition " + resource.get("Condition")
                                + " is not represented: the resource is imported unconditionally");
            } else if (!RESOURCE_ATTRIBUTES_KEPT.contains(attribute)) {
                finding(id, null, attribute + " is not represented");
            }
        });
        JsonNode gantry = GantryMetadata.of(resource);
        ImportPlan.Planned component = new ImportPlan.Planned(id, id, nameOf(gantry, id), asset.name());
        metadata(component, gantry);
        planned.put(id, component);
        PropertyReader reader = new PropertyReader(
                catalog,
                id,
                resources,
                parameters,
                gantry.path(GantryMetadata.PARTS),
                planned,
                findings,
                lines.get(id));
        reader.read(component, asset, resource.path("Properties"));
        dependsOn(id, resource.path("DependsOn"), component);
    }

    /** DependsOn the references already imply is kept by the connections; any other is reported. */
    private void dependsOn(String id, JsonNode dependsOn, ImportPlan.Planned component) {
        List<String> targets = new ArrayList<>();
        if (dependsOn.isString()) {
            targets.add(dependsOn.asString());
        } else {
            dependsOn.forEach(t -> targets.add(t.asString()));
        }
        for (String target : targets) {
            boolean implied = planned.values().stream()
                    .filter(p -> p.resource.equals(id))
                    .flatMap(p -> p.feeds.stream())
                    .anyMatch(f -> f.sourceKey().equals(target));
            if (!implied) {
                finding(
                        id,
                        "DependsOn",
                        "DependsOn " + target + " is not kept: Gantry orders actions by connections "
                                + "and knows the orderings AWS needs (a route after its gateway's attachment, a service after "
                                + "its listener)");
            }
        }
    }

    static String nameOf(JsonNode gantry, String fallback) {
        JsonNode name = gantry.path(GantryMetadata.NAME);
        return name.isString() && !name.asString().isBlank() ? name.asString() : fallback;
    }

    static void metadata(ImportPlan.Planned component, JsonNode gantry) {
        if (!gantry.isObject()) {
            return;
        }
        component.hasMetadata = true;
        JsonNode type = gantry.path(GantryMetadata.TYPE);
        component.type = type.isString() ? ComponentType.parse(type.asString()) : ComponentType.COMPONENT;
        JsonNode parent = gantry.path(GantryMetadata.PARENT);
        component.metadataParent = parent.isString() ? parent.asString() : null;
        gantry.path(GantryMetadata.DRAWN)
                .forEach(input -> component.drawn.add(input.asString().toLowerCase(java.util.Locale.ROOT)));
    }

    private void finding(String resource, @Nullable String path, String message) {
        findings.add(new TemplateFinding(resource, path, lines.get(resource), message));
    }

    private void templateFinding(String message) {
        findings.add(new TemplateFinding(null, null, null, message));
    }
}
