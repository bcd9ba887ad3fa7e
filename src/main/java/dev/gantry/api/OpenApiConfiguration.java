package dev.gantry.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document at {@code /v3/api-docs}: Jackson's JSON trees (property values, resource payloads) are
 * described as JSON objects and values instead of being introspected as Java beans (which produced six
 * "Conflicting setter definitions" warnings and empty schemas), and the property values a component is created
 * or patched with are one named schema.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROPERTY_VALUES = "PropertyValues";
    static final String CLOUDFORMATION_TEMPLATE = "CloudFormationTemplate";

    /**
     * Describes Jackson 3 trees as JSON before any other converter looks at them as beans (SpringDoc's own
     * replacement of a type comes too late in its chain: its polymorphism check introspects first).
     */
    @Bean
    ModelConverter jsonTrees() {
        return new ModelConverter() {
            @Override
            public Schema<?> resolve(
                    AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
                if (ObjectNode.class.isAssignableFrom(raw)) {
                    return new ObjectSchema().description("A JSON object").additionalProperties(true);
                }
                if (JsonNode.class.isAssignableFrom(raw)) {
                    return new Schema<>().description("Any JSON value");
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        };
    }

    /** What each response body is, for schemas whose types live outside this module (no OpenAPI annotations there). */
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(
                    "ComponentView",
                    "A component in a change set or on HEAD: its settings, its resolved values "
                            + "and where each came from, what its Region and AWS Credential resolve to, its resource"),
            Map.entry(
                    "ChangeSetView",
                    "A change set: its status, who created and approved it, the HEAD version it " + "rests on"),
            Map.entry(
                    "DiffView",
                    "What a change set changes against HEAD, per component and property, with the "
                            + "resource changes it implies and its conflicts with HEAD"),
            Map.entry("ActionPlan", "The actions apply would run, in dependency order, and the critical path"),
            Map.entry("ApplyRunView", "An apply run: its actions with their states and errors, and where it stands"),
            Map.entry(
                    "CodeView",
                    "The desired state a component sends to the cloud, in CloudFormation shape, secrets " + "redacted"),
            Map.entry("Removed", "The components removed: the one named and everything inside it"),
            Map.entry("Pasted", "The copies a paste created, by the id of the component each copies"),
            Map.entry("UndoRedo", "What an undo or redo did (operation), or null when there was nothing to do"),
            Map.entry("Connections", "The connections of a change set, explicit and implicit"),
            Map.entry("AuditEntryView", "One entry of the audit log: who did what, when, and what changed"),
            Map.entry("Qualification", "A finding of a check on a component: severity, check, subject, message"),
            Map.entry("WorkspaceView", "The workspace and the version of its HEAD"),
            Map.entry("LocalImage", "An image of the local Docker engine, as docker images lists it"),
            Map.entry("PushRun", "An image push: status, layers, bytes pushed, the engine's lines, the outcome"),
            Map.entry("AssetSummary", "An asset found by a search: name, kind, service and summary"),
            Map.entry("AssetSchema", "An asset: properties with their types and rules, attributes and sockets"),
            Map.entry(
                    "TemplateImport",
                    "What a template import made: the change set, the components by logical id, and the "
                            + "findings for what a diagram cannot represent"),
            Map.entry(
                    "TemplateFinding",
                    "Something of a template the import could not represent: the resource, where, the line, "
                            + "and what was done instead"),
            Map.entry(
                    "DriftView",
                    "A component on HEAD whose resource differs from what is wanted: each drifted property with "
                            + "the wanted and the cloud's value"),
            Map.entry(
                    "DiscoveryView",
                    "A discovery: where it stands (type, counts), and once done the change set it drew into and "
                            + "what it left out"));

    @Bean
    OpenApiCustomizer describedSchemas() {
        return api -> api.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getDescription() == null && DESCRIPTIONS.containsKey(name)) {
                schema.setDescription(DESCRIPTIONS.get(name));
            }
        });
    }

    @Bean
    OpenAPI gantryOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Gantry API")
                        .version("1")
                        .description("Design, review and apply AWS infrastructure as change sets. Errors are RFC 9457 "
                                + "problem bodies (application/problem+json)."))
                .components(new Components()
                        .addSchemas(
                                PROPERTY_VALUES,
                                new ObjectSchema()
                                        .description(
                                                "Property values by CloudFormation property name, in CloudFormation shape. On "
                                                        + "PATCH, a JSON null unsets a property; properties not named are left as they are.")
                                        .additionalProperties(true)
                                        .example(Map.of("CidrBlock", "10.0.0.0/16", "EnableDnsSupport", true)))
                        .addSchemas(
                                CLOUDFORMATION_TEMPLATE,
                                new ObjectSchema()
                                        .description("A CloudFormation template in JSON: AWSTemplateFormatVersion, "
                                                + "Description, Metadata, Parameters, Resources")
                                        .additionalProperties(true)));
    }
}
