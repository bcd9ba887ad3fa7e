package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document is something a client generator can use: it parses and validates without a message, and
 * every JSON request and response body is a named schema (a $ref, or an array of one) with a description.
 */
@GantryIntegrationTest
class OpenApiDocumentIT {

    @LocalServerPort
    int port;

    SwaggerParseResult parsed;

    @BeforeEach
    void parseTheDocument() {
        String document = new ApiClient(port).ok("GET", "/v3/api-docs", null).toString();
        parsed = new OpenAPIV3Parser().readContents(document);
    }

    @Test
    void theDocumentValidates() {
        assertThat(parsed.getMessages()).as("the parser's validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).hasSizeGreaterThan(30);
    }

    @Test
    void everyJsonBodyIsANamedDescribedSchema() {
        OpenAPI api = parsed.getOpenAPI();
        List<String> unnamed = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String where = method + " " + path;
                    if (operation.getRequestBody() != null) {
                        check(
                                api,
                                where + " request",
                                operation.getRequestBody().getContent(),
                                unnamed);
                    }
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("2") && response.getContent() != null) {
                            check(api, where + " " + status, response.getContent(), unnamed);
                        }
                    });
                }));
        assertThat(unnamed).as("bodies without a named, described schema").isEmpty();
    }

    @Test
    void creatingAndPatchingTakePropertyValuesWithAnExample() {
        Operation patch = parsed.getOpenAPI()
                .getPaths()
                .get("/api/change-sets/{changeSet}/components/{id}/properties")
                .getPatch();
        assertThat(patch.getRequestBody()
                        .getContent()
                        .get("application/json")
                        .getSchema()
                        .get$ref())
                .endsWith("/PropertyValues");
        Schema<?> values = parsed.getOpenAPI().getComponents().getSchemas().get("PropertyValues");
        assertThat(values.getExample()).isNotNull();
        assertThat(values.getDescription()).contains("null unsets");
    }

    private static void check(OpenAPI api, String where, Map<String, MediaType> content, List<String> unnamed) {
        content.forEach((type, media) -> {
            if (!type.contains("json")) {
                return; // server-sent events and plain text are not JSON bodies
            }
            Schema<?> schema = media.getSchema();
            if (schema != null && "array".equals(schema.getType()) || schema != null && schema.getItems() != null) {
                schema = schema.getItems();
            }
            String ref = schema == null ? null : schema.get$ref();
            if (ref == null) {
                unnamed.add(where + " (" + type + "): " + schema);
                return;
            }
            Schema<?> named = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            if (named == null
                    || named.getDescription() == null
                    || named.getDescription().isBlank()) {
                unnamed.add(where + " (" + type + "): " + ref + " has no description");
            }
        });
    }
}
