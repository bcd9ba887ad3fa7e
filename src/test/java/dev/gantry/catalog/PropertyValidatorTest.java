package dev.gantry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PropertyValidatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Catalog catalog = CatalogService.shared();

    private Property property(String asset, String name) {
        return catalog.require(asset).property(name).orElseThrow();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void namesThePropertyThePatternAndTheValue() {
        var violations = PropertyValidator.validate(property("AWS::EC2::VPC", "CidrBlock"), json("\"abc\""));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("pattern");
            assertThat(v.message()).startsWith("CidrBlock: 'abc' does not match pattern ^");
        });
        assertThat(PropertyValidator.validate(property("AWS::EC2::VPC", "CidrBlock"), json("\"10.0.0.0/16\"")))
                .isEmpty();
    }

    @Test
    void reportsAMissingRequiredValue() {
        assertThat(PropertyValidator.validate(property("AWS::EC2::Subnet", "VpcId"), null))
                .singleElement().extracting(RuleViolation::message).isEqualTo("VpcId: a value is required");
        assertThat(PropertyValidator.validate(property("AWS::EC2::Subnet", "CidrBlock"), null)).isEmpty();
    }

    @Test
    void checksKindsEnumsAndRanges() {
        assertThat(PropertyValidator.validate(property("AWS::EC2::SecurityGroupIngress", "FromPort"),
                json("\"eighty\""))).singleElement().extracting(RuleViolation::message)
                .isEqualTo("FromPort: 'eighty' is not an integer");
        assertThat(PropertyValidator.validate(property("AWS::EC2::SecurityGroupIngress", "ToPort"), json("70000")))
                .singleElement().extracting(RuleViolation::rule).isEqualTo("maximum");
        assertThat(PropertyValidator.validate(property("AWS::EC2::EIP", "Domain"), json("\"classic\"")))
                .singleElement().extracting(RuleViolation::message)
                .isEqualTo("Domain: 'classic' is not one of [vpc, standard]");
        assertThat(PropertyValidator.validate(property("AWS::EC2::VPC", "EnableDnsHostnames"), json("true")))
                .isEmpty();
    }

    @Test
    void checksNestedObjectsAndArraysWithTheirPath() {
        Property containers = property("AWS::ECS::TaskDefinition", "ContainerDefinitions");
        var violations = PropertyValidator.validate(containers,
                json("[{\"Name\": \"web\", \"Image\": \"nginx\", \"PortMappings\": [{\"ContainerPort\": \"x\"}]},"
                        + " {\"Name\": \"db\"}]"));
        assertThat(violations).extracting(RuleViolation::path)
                .containsExactlyInAnyOrder("ContainerDefinitions[0].PortMappings[0].ContainerPort",
                        "ContainerDefinitions[1].Image");
    }

    @Test
    void flagsPropertiesTheTypeDoesNotHave() {
        var violations = PropertyValidator.validate(property("AWS::ECS::TaskDefinition", "RuntimePlatform"),
                json("{\"CpuArchitecture\": \"ARM64\", \"Cpu\": 1}"));
        assertThat(violations).singleElement().extracting(RuleViolation::rule).isEqualTo("unknown");
    }

    @Test
    void acceptsEitherShapeOfAUnion() {
        Property policy = property("AWS::IAM::Role", "AssumeRolePolicyDocument");
        assertThat(PropertyValidator.validate(policy, json("{\"Version\": \"2012-10-17\"}"))).isEmpty();
        assertThat(PropertyValidator.validate(policy, json("\"{}\""))).isEmpty();
    }

    @Test
    void readsRulesStatedInTheDocumentation() {
        ValueRules rules = KnownRules.fromDocumentation(
                "The status.\n\n*Allowed values* : `DRAFT` | `ACTIVE`", PropertyType.Primitive.STRING);
        assertThat(rules.allowedValues()).containsExactly("DRAFT", "ACTIVE");
        ValueRules range = KnownRules.fromDocumentation("*Minimum* : `1`\n*Maximum* : `64`",
                PropertyType.Primitive.INTEGER);
        assertThat(range.minimum()).contains(1.0);
        assertThat(range.maximum()).contains(64.0);
    }
}
