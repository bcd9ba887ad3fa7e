package dev.gantry.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the vendored {@code db.json.gz} of {@code @aws-cdk/aws-service-spec}. It streams past the collections
 * Gantry does not use (metrics, events, regions) so only resources and type definitions become trees, and
 * those trees are dropped once the assets are built.
 */
final class SpecReader {

    static final String RESOURCE = "/catalog/aws-service-spec-db.json.gz";

    // Trees are read from the middle of the stream, so what follows them is expected, not trailing garbage.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SpecReader() {}

    /** The parts of the spec the catalogue is built from. */
    record Spec(List<JsonNode> resources, Map<String, JsonNode> typesById) {}

    static Spec readDefault() {
        try (InputStream in = SpecReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("CloudFormation catalogue missing from the classpath: " + RESOURCE);
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CloudFormation catalogue", e);
        }
    }

    static Spec read(InputStream json) {
        List<JsonNode> resources = new ArrayList<>();
        Map<String, JsonNode> types = new HashMap<>();
        try (JsonParser parser = MAPPER.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("schema")) {
                    readSchema(parser, resources, types);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Spec(resources, types);
    }

    private static void readSchema(JsonParser parser, List<JsonNode> resources, Map<String, JsonNode> types) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String collection = parser.currentName();
            parser.nextToken();
            switch (collection) {
                case "resource" -> entities(parser).forEach(resources::add);
                case "typeDefinition" ->
                    entities(parser).forEach(t -> types.put(t.get("$id").asString(), t));
                default -> parser.skipChildren();
            }
        }
    }

    private static Iterable<JsonNode> entities(JsonParser parser) {
        JsonNode collection = MAPPER.readTree(parser);
        return collection.path("entities");
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("Unexpected catalogue format: " + actual + " instead of " + expected);
        }
    }
}
