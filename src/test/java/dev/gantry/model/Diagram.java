package dev.gantry.model;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Terse building of models in tests: {@code d.add("VPC", "AWS::EC2::VPC", DOWN_FRAME, null, "{...}")}. */
final class Diagram {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestAssets CATALOG = new TestAssets();

    final Model model = new Model(CATALOG, new CatalogRuleChecker(), SecretSealer.PLAINTEXT);

    ComponentId add(String name, String asset, ComponentType type, ComponentId parent, String properties) {
        return model.add(name, asset, type, parent, Geometry.DEFAULT, obj(properties))
                .id();
    }

    ComponentId add(String name, String asset, ComponentId parent) {
        return add(name, asset, ComponentType.COMPONENT, parent, "{}");
    }

    void resource(ComponentId id, String attributes) {
        model.recordResource(id, new ResourceData("id-" + id, ResourceStatus.OK, null, obj("{}"), obj(attributes)));
    }

    JsonNode value(ComponentId id, String property) {
        return model.resolve(id).domain().get(property);
    }

    static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
