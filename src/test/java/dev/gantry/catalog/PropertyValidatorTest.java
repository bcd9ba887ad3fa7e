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
            assertThat(v.message())
                    .isEqualTo("CidrBlock: 'abc' is not an IPv4 CIDR block such as 10.0.0.0/16"
                            + " (four numbers 0–255, a prefix 0–32)");
        });
        assertThat(PropertyValidator.validate(property("AWS::EC2::VPC", "CidrBlock"), json("\"10.0.0.0/16\"")))
                .isEmpty();
    }

    @Test
    void reportsAMissingRequiredValue() {
        assertThat(PropertyValidator.validate(property("AWS::EC2::Subnet", "VpcId"), null))
                .singleElement()
                .extracting(RuleViolation::message)
                .isEqualTo("VpcId: a value is required");
        assertThat(PropertyValidator.validate(property("AWS::EC2::Subnet", "CidrBlock"), null))
                .isEmpty();
    }

    @Test
    void checksKindsEnumsAndRanges() {
        assertThat(PropertyValidator.validate(
                        property("AWS::EC2::SecurityGroupIngress", "FromPort"), json("\"eighty\"")))
                .singleElement()
                .extracting(RuleViolation::message)
                .isEqualTo("FromPort: 'eighty' is not an integer");
        assertThat(PropertyValidator.validate(property("AWS::EC2::SecurityGroupIngress", "ToPort"), json("70000")))
                .singleElement()
                .extracting(RuleViolation::rule)
                .isEqualTo("maximum");
        assertThat(PropertyValidator.validate(property("AWS::EC2::EIP", "Domain"), json("\"classic\"")))
                .singleElement()
                .extracting(RuleViolation::message)
                .isEqualTo("Domain: 'classic' is not one of [vpc, standard]");
        assertThat(PropertyValidator.validate(property("AWS::EC2::VPC", "EnableDnsHostnames"), json("true")))
                .isEmpty();
    }

    @Test
    void checksNestedObjectsAndArraysWithTheirPath() {
        Property containers = property("AWS::ECS::TaskDefinition", "ContainerDefinitions");
        var violations = PropertyValidator.validate(
                containers,
                json("[{\"Name\": \"web\", \"Image\": \"nginx\", \"PortMappings\": [{\"ContainerPort\": \"x\"}]},"
                        + " {\"Name\": \"db\"}]"));
        assertThat(violations)
                .extracting(RuleViolation::path)
                .containsExactlyInAnyOrder(
                        "ContainerDefinitions[0].PortMappings[0].ContainerPort", "ContainerDefinitions[1].Image");
    }

    @Test
    void flagsPropertiesTheTypeDoesNotHave() {
        var violations = PropertyValidator.validate(
                property("AWS::ECS::TaskDefinition", "RuntimePlatform"),
                json("{\"CpuArchitecture\": \"ARM64\", \"Cpu\": 1}"));
        assertThat(violations).singleElement().extracting(RuleViolation::rule).isEqualTo("unknown");
    }

    @Test
    void acceptsEitherShapeOfAUnion() {
        Property policy = property("AWS::IAM::Role", "AssumeRolePolicyDocument");
        assertThat(PropertyValidator.validate(policy, json("{\"Version\": \"2012-10-17\"}")))
                .isEmpty();
        assertThat(PropertyValidator.validate(policy, json("\"{}\""))).isEmpty();
    }

    @Test
    void refusesWhatAwsRefusesWhereTheSpecStatesNoRule() {
        assertThat(PropertyValidator.validate(property("AWS::EC2::VPC", "CidrBlock"), json("\"999.999.999.999/16\"")))
                .singleElement()
                .extracting(RuleViolation::rule)
                .isEqualTo("pattern");
        assertThat(PropertyValidator.validate(property("AWS::EC2::Subnet", "CidrBlock"), json("\"10.0.1.0/33\"")))
                .hasSize(1);
        assertThat(PropertyValidator.validate(property("AWS::EC2::SecurityGroup", "GroupDescription"), json("5")))
                .singleElement()
                .extracting(RuleViolation::message)
                .isEqualTo("GroupDescription: 5 is not a string");
        assertThat(PropertyValidator.validate(
                        property("AWS::EC2::SecurityGroup", "GroupDescription"), json("\"web tier <public>\"")))
                .singleElement()
                .extracting(RuleViolation::rule)
                .isEqualTo("pattern");
        assertThat(PropertyValidator.validate(
                        property("AWS::ElasticLoadBalancingV2::TargetGroup", "Matcher"), json("{\"HttpCode\": 200}")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("Matcher.HttpCode");
                    assertThat(v.rule()).isEqualTo("type");
                });
        assertThat(PropertyValidator.validate(
                        property("AWS::ElasticLoadBalancingV2::TargetGroup", "Matcher"),
                        json("{\"HttpCode\": \"200-299\"}")))
                .isEmpty();
        assertThat(
                        PropertyValidator.validate(
                                property("AWS::EC2::SecurityGroup", "SecurityGroupIngress"),
                                json(
                                        "[{\"IpProtocol\": \"tcp\", \"CidrIp\": \"300.0.0.0/0\", \"FromPort\": 80, \"ToPort\": 80}]")))
                .singleElement()
                .extracting(RuleViolation::path)
                .isEqualTo("SecurityGroupIngress[0].CidrIp");
        assertThat(PropertyValidator.validate(
                        property("AWS::ECS::TaskDefinition", "ExecutionRoleArn"), json("\"my-role\"")))
                .singleElement()
                .extracting(RuleViolation::message)
                .asString()
                .contains("is not an IAM role ARN");
        assertThat(PropertyValidator.validate(
                        property("AWS::ECS::TaskDefinition", "ExecutionRoleArn"),
                        json("\"arn:aws:iam::123456789012:role/ecsTaskExecutionRole\"")))
                .isEmpty();
    }

    @Test
    void readsRulesStatedInTheDocumentation() {
        ValueRules rules = KnownRules.fromDocumentation(
                "The status.\n\n*Allowed values* : `DRAFT` | `ACTIVE`", PropertyType.Primitive.STRING);
        assertThat(rules.allowedValues()).containsExactly("DRAFT", "ACTIVE");
        ValueRules range =
                KnownRules.fromDocumentation("*Minimum* : `1`\n*Maximum* : `64`", PropertyType.Primitive.INTEGER);
        assertThat(range.minimum()).contains(1.0);
        assertThat(range.maximum()).contains(64.0);
    }
}
