package dev.gantry.model;

import static dev.gantry.model.ComponentType.COMPONENT;
import static dev.gantry.model.ComponentType.DOWN_FRAME;
import static dev.gantry.model.ComponentType.UP_FRAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameRulesTest {

    private final Diagram d = new Diagram();

    @Test
    void aDownFrameFeedsTheMatchingInputOfAComponentInsideItAndSaysWhy() {
        ComponentId vpc = d.add("How to VPC", "AWS::EC2::VPC", DOWN_FRAME, null, "{\"CidrBlock\":\"10.0.0.0/16\"}");
        ComponentId subnet = d.add("Public 1", "AWS::EC2::Subnet", vpc);
        d.resource(vpc, "{\"VpcId\":\"vpc-1\"}");

        assertThat(d.value(subnet, "VpcId").asString()).isEqualTo("vpc-1");
        Connection c = d.model.connectionsInto(subnet).getFirst();
        assertThat(c.implicit()).isTrue();
        assertThat(c.explanation()).contains("from down frame `How to VPC`").contains("annotation `VpcId`");
        assertThat(d.model.resolve(subnet).sources().get("VpcId").kind()).isEqualTo(ValueSource.Kind.IMPLICIT);
    }

    @Test
    void nestedDownFramesPassThroughSoASubnetGetsRegionCredentialAndVpc() {
        ComponentId credential = d.add("creds", "AWS Credential", DOWN_FRAME, null, "{\"AccessKeyId\":\"AK\"}");
        ComponentId region = d.add("us-east-1", "AWS Region", DOWN_FRAME, credential, "{\"region\":\"us-east-1\"}");
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, region, "{}");
        ComponentId subnet = d.add("Public 1", "AWS::EC2::Subnet", vpc);
        d.resource(vpc, "{\"VpcId\":\"vpc-1\"}");

        ResolvedComponent r = d.model.resolve(subnet);
        assertThat(r.context().get("Region").asString()).isEqualTo("us-east-1");
        assertThat(r.context().get("AWS Credential").get("AccessKeyId").asString())
                .isEqualTo("AK");
        assertThat(r.domain().get("VpcId").asString()).isEqualTo("vpc-1");
    }

    @Test
    void theNearestDownFrameWins() {
        ComponentId outer = d.add("outer", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId inner = d.add("inner", "AWS::EC2::VPC", DOWN_FRAME, outer, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", inner);
        d.resource(outer, "{\"VpcId\":\"vpc-outer\"}");
        d.resource(inner, "{\"VpcId\":\"vpc-inner\"}");

        assertThat(d.value(subnet, "VpcId").asString()).isEqualTo("vpc-inner");
    }

    @Test
    void twoEquallyNearMatchesForAnArityOneInputConnectNothingAndExplainWhy() {
        ComponentId service = d.add("svc", "AWS::ECS::Service", UP_FRAME, null, "{}");
        ComponentId a = d.add("taskdef-a", "AWS::ECS::TaskDefinition", service);
        ComponentId b = d.add("taskdef-b", "AWS::ECS::TaskDefinition", service);
        d.resource(a, "{\"TaskDefinitionArn\":\"arn:a\"}");
        d.resource(b, "{\"TaskDefinitionArn\":\"arn:b\"}");

        assertThat(d.value(service, "TaskDefinition")).isNull();
        assertThat(d.model.resolve(service).ambiguities())
                .singleElement()
                .satisfies(amb -> assertThat(amb.explanation())
                        .contains("taskdef-a")
                        .contains("taskdef-b")
                        .contains("nothing is connected"));
        assertThat(d.model.qualifications(service)).anyMatch(q -> q.check().equals("ambiguous frame input"));
    }

    @Test
    void anUpFrameCollectsTheOutputsOfWhatIsInsideItIntoAnArrayInNameOrder() {
        ComponentId taskdef = d.add("taskdef", "AWS::ECS::TaskDefinition", UP_FRAME, null, "{}");
        d.add("web", "TaskDefinition ContainerDefinitions", UP_FRAME, taskdef, "{\"Name\":\"web\"}");
        d.add("app", "TaskDefinition ContainerDefinitions", UP_FRAME, taskdef, "{\"Name\":\"app\"}");

        assertThat(d.value(taskdef, "ContainerDefinitions").toString())
                .isEqualTo("[{\"Name\":\"app\"},{\"Name\":\"web\"}]");
    }

    @Test
    void aPlainComponentOrUpFrameAroundAComponentFeedsNothingDown() {
        ComponentId upVpc = d.add("vpc", "AWS::EC2::VPC", UP_FRAME, null, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", upVpc);
        d.resource(upVpc, "{\"VpcId\":\"vpc-1\"}");

        assertThat(d.value(subnet, "VpcId")).isNull();
        assertThatThrownBy(() -> d.add("x", "AWS::EC2::Subnet", d.add("plain", "AWS::EC2::VPC", COMPONENT, null, "{}")))
                .isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("not a frame");
    }

    @Test
    void anExplicitEdgeOnAnInputTurnsTheImplicitOneOff() {
        ComponentId frameVpc = d.add("frame-vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId otherVpc = d.add("other-vpc", "AWS::EC2::VPC", COMPONENT, null, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", frameVpc);
        d.resource(frameVpc, "{\"VpcId\":\"vpc-frame\"}");
        d.resource(otherVpc, "{\"VpcId\":\"vpc-other\"}");

        d.model.connect(otherVpc, "Vpc Id", subnet, "Vpc Id");

        assertThat(d.value(subnet, "VpcId").asString()).isEqualTo("vpc-other");
        assertThat(d.model.connectionsInto(subnet))
                .filteredOn(c -> c.input().equals("Vpc Id"))
                .singleElement()
                .satisfies(c -> assertThat(c.implicit()).isFalse());
    }

    @Test
    void aManualValueBeatsExplicitAndImplicitConnections() {
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", DOWN_FRAME, vpc, "{\"VpcId\":\"vpc-manual\"}");
        d.resource(vpc, "{\"VpcId\":\"vpc-frame\"}");

        assertThat(d.value(subnet, "VpcId").asString()).isEqualTo("vpc-manual");
        assertThat(d.model.resolve(subnet).sources().get("VpcId").kind()).isEqualTo(ValueSource.Kind.MANUAL);
    }

    @Test
    void aNewEdgeToAnArityOneInputReplacesTheOldOne() {
        ComponentId a = d.add("sg-a", "AWS::EC2::SecurityGroup", null);
        ComponentId b = d.add("sg-b", "AWS::EC2::SecurityGroup", null);
        ComponentId ingress = d.add("ingress", "AWS::EC2::SecurityGroupIngress", null);

        d.model.connect(a, "Group Id", ingress, "Group Id");
        d.model.connect(b, "Group Id", ingress, "Group Id");

        assertThat(d.model.connectionsInto(ingress))
                .singleElement()
                .satisfies(c -> assertThat(c.from()).isEqualTo(b));
    }

    @Test
    void edgesToAnArityManyInputMakeAnArrayInNameOrder() {
        ComponentId alb = d.add("alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", null);
        ComponentId p2 = d.add("Public 2", "AWS::EC2::Subnet", null);
        ComponentId p1 = d.add("Public 1", "AWS::EC2::Subnet", null);
        d.resource(p1, "{\"SubnetId\":\"subnet-1\"}");
        d.resource(p2, "{\"SubnetId\":\"subnet-2\"}");

        d.model.connect(p2, "Subnet Id", alb, "Subnets");
        d.model.connect(p1, "Subnet ID", alb, "Subnets");

        assertThat(d.value(alb, "Subnets").toString()).isEqualTo("[\"subnet-1\",\"subnet-2\"]");
    }

    @Test
    void deletingAFrameDeletesEverythingInsideItAndTheirEdges() {
        ComponentId vpc = d.add("vpc", "AWS::EC2::VPC", DOWN_FRAME, null, "{}");
        ComponentId subnet = d.add("subnet", "AWS::EC2::Subnet", DOWN_FRAME, vpc, "{}");
        ComponentId inner = d.add("sg", "AWS::EC2::SecurityGroup", subnet);
        ComponentId alb = d.add("alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", null);
        d.model.connect(subnet, "Subnet Id", alb, "Subnets");

        assertThat(d.model.delete(vpc)).containsExactlyInAnyOrder(vpc, subnet, inner);
        assertThat(d.model.components()).extracting(Component::id).containsExactly(alb);
        assertThat(d.model.edges()).isEmpty();
    }
}
