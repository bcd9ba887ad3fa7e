package dev.gantry.model;

import static dev.gantry.model.ComponentType.DOWN_FRAME;
import static dev.gantry.model.ComponentType.UP_FRAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueResolutionTest {

    private final Diagram d = new Diagram();

    @Test
    void aValueFromResourceDataIsPendingUntilTheUpstreamResourceExists() {
        ComponentId role = d.add("role", "AWS::IAM::Role", null);
        ComponentId taskdef = d.add("taskdef", "AWS::ECS::TaskDefinition", null);
        d.model.connect(role, "ARN", taskdef, "Task Role Arn");

        assertThat(d.model.resolve(taskdef).sources().get("TaskRoleArn").kind()).isEqualTo(ValueSource.Kind.PENDING);
        d.resource(role, "{\"Arn\":\"arn:aws:iam::1:role/r\"}");

        assertThat(d.value(taskdef, "TaskRoleArn").asString()).isEqualTo("arn:aws:iam::1:role/r");
    }

    @Test
    void subAssetsNestPortMappingsIntoContainerDefinitionsIntoTheTaskDefinition() {
        ComponentId taskdef = d.add("taskdef", "AWS::ECS::TaskDefinition", UP_FRAME, null, "{}");
        ComponentId container =
                d.add("hello", "TaskDefinition ContainerDefinitions", UP_FRAME, taskdef, "{\"Name\":\"hello\"}");
        d.add(
                "http",
                "ContainerDefinitions PortMappings",
                ComponentType.COMPONENT,
                container,
                "{\"ContainerPort\":8080}");

        assertThat(d.value(taskdef, "ContainerDefinitions").toString())
                .isEqualTo("[{\"Name\":\"hello\",\"PortMappings\":[{\"ContainerPort\":8080}]}]");
    }

    @Test
    void aNestedSocketTargetFillsThePathInsideTheProperty() {
        ComponentId service = d.add("svc", "AWS::ECS::Service", null);
        ComponentId subnet = d.add("Private 1", "AWS::EC2::Subnet", null);
        d.resource(subnet, "{\"SubnetId\":\"subnet-p1\"}");
        d.model.connect(subnet, "Subnet Id", service, "Network Awsvpc Subnets");

        assertThat(d.value(service, "NetworkConfiguration").toString())
                .isEqualTo("{\"AwsvpcConfiguration\":{\"Subnets\":[\"subnet-p1\"]}}");
    }

    @Test
    void anEditRecomputesWhatDependsOnItAndLeavesTheRestAsItWas() {
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", vpc);
        ComponentId unrelated = d.add("repo", "AWS::ECR::Repository", null);
        d.resource(vpc, "{\"VpcId\":\"vpc-1\"}");
        ResolvedComponent before = d.model.resolve(unrelated);
        d.value(subnet, "VpcId");

        d.resource(vpc, "{\"VpcId\":\"vpc-2\"}");

        assertThat(d.value(subnet, "VpcId").asString()).isEqualTo("vpc-2");
        assertThat(d.model.resolve(unrelated)).isSameAs(before);
    }

    @Test
    void incrementalResultsEqualAFreshResolutionAfterManyEdits() {
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", DOWN_FRAME, vpc, "{}");
        ComponentId sg = d.add("sg", "AWS::EC2::SecurityGroup", subnet);
        ComponentId other = d.add("other", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        d.resource(vpc, "{\"VpcId\":\"vpc-1\"}");
        d.resource(other, "{\"VpcId\":\"vpc-2\"}");
        d.model.components().forEach(c -> d.model.resolve(c.id()));

        d.model.reparent(subnet, other);
        d.model.changeType(other, UP_FRAME);
        d.model.changeType(other, DOWN_FRAME);
        d.model.updateProperties(sg, Diagram.obj("{\"GroupDescription\":\"x\"}"));

        Model fresh = Model.of(
                Diagram.CATALOG,
                new CatalogRuleChecker(),
                SecretSealer.PLAINTEXT,
                d.model.components(),
                d.model.edges());
        for (Component c : d.model.components()) {
            assertThat(d.model.resolve(c.id()).domain())
                    .isEqualTo(fresh.resolve(c.id()).domain());
        }
        assertThat(d.value(sg, "VpcId").asString()).isEqualTo("vpc-2");
    }

    @Test
    void anInvalidValueIsRefusedNamingPropertyRuleAndValueAndNothingElseIsLost() {
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{\"CidrBlock\":\"10.0.0.0/16\"}");

        assertThatThrownBy(() ->
                        d.model.updateProperties(vpc, Diagram.obj("{\"EnableDnsSupport\":true,\"CidrBlock\":\"ten\"}")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("CidrBlock")
                .hasMessageContaining("pattern")
                .hasMessageContaining("ten");
        assertThat(d.value(vpc, "CidrBlock").asString()).isEqualTo("10.0.0.0/16");
        assertThat(d.value(vpc, "EnableDnsSupport")).isNull();
    }

    @Test
    void qualificationsReportMissingRequiredValuesAndBrokenRules() {
        ComponentId sg = d.add("sg", "AWS::EC2::SecurityGroup", null);
        ComponentId alb = d.add("alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", null);

        assertThat(d.model.qualifications(sg)).extracting(Qualification::check).contains("required");
        assertThat(d.model.qualifications(alb)).isEmpty();
    }

    @Test
    void theCodeViewHasTheCloudFormationTypeAndRedactsSecrets() {
        ComponentId credential = d.add(
                "creds", "AWS Credential", DOWN_FRAME, null, "{\"AccessKeyId\":\"AK\",\"SecretAccessKey\":\"s3cr3t\"}");
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{\"CidrBlock\":\"10.0.0.0/16\"}");

        assertThat(d.model.code(vpc).typeName()).isEqualTo("AWS::EC2::VPC");
        assertThat(d.model.code(vpc).desiredState().toString()).isEqualTo("{\"CidrBlock\":\"10.0.0.0/16\"}");
        assertThat(d.model.code(credential).desiredState().toString())
                .doesNotContain("s3cr3t")
                .contains("<redacted>");
        assertThat(d.model.desiredState(credential).get("SecretAccessKey").asString())
                .isEqualTo("s3cr3t");
    }

    @Test
    void pastingAFrameCopiesItsContentAndInternalEdgesWithNewIds() {
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId sg = d.add("sg", "AWS::EC2::SecurityGroup", vpc);
        ComponentId ingress = d.add("ingress", "AWS::EC2::SecurityGroupIngress", vpc);
        d.model.connect(sg, "Group Id", ingress, "Group Id");

        var copies = d.model.paste(List.of(vpc), null, 500, 0);

        assertThat(copies).hasSize(3);
        assertThat(d.model.components()).hasSize(6);
        assertThat(d.model.require(copies.get(sg)).parent()).isEqualTo(copies.get(vpc));
        assertThat(d.model.edges()).contains(new Edge(copies.get(sg), "Group Id", copies.get(ingress), "Group Id"));
        assertThat(d.model.require(copies.get(vpc)).geometry().x()).isEqualTo(500);
    }

    @Test
    void badSocketsAreRefusedWithTheSocketsTheAssetHas() {
        ComponentId sg = d.add("sg", "AWS::EC2::SecurityGroup", null);
        ComponentId alb = d.add("alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", null);

        assertThatThrownBy(() -> d.model.connect(sg, "Nope", alb, "Security Groups"))
                .isInstanceOf(UnknownSocketException.class)
                .hasMessageContaining("`Group Id`");
        assertThatThrownBy(() -> d.model.connect(sg, "Group Id", alb, "Subnets"))
                .isInstanceOf(IncompatibleSocketsException.class);
    }
}
