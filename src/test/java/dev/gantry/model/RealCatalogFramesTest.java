package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.catalog.CatalogService;
import org.junit.jupiter.api.Test;

/** The frame rules over the real CloudFormation catalogue, with the socket names the how-to guides use. */
class RealCatalogFramesTest {

    private final Model model = new Model(CatalogService.shared(), new CatalogRuleChecker(), SecretSealer.PLAINTEXT);

    @Test
    void aSubnetInsideAVpcFrameGetsTheVpcIdAndAnAlbCollectsSubnetIdsFromEdges() {
        Component vpc = model.add(
                "How to VPC",
                "AWS::EC2::VPC",
                ComponentType.DOWN_FRAME,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"CidrBlock\":\"10.0.0.0/16\"}"));
        Component subnet =
                model.add("Public 1", "AWS::EC2::Subnet", ComponentType.DOWN_FRAME, vpc.id(), Geometry.DEFAULT, null);
        Component alb = model.add(
                "alb",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                ComponentType.DOWN_FRAME,
                vpc.id(),
                Geometry.DEFAULT,
                null);
        model.recordResource(
                vpc.id(),
                new ResourceData(
                        "vpc-1", ResourceStatus.OK, null, Diagram.obj("{}"), Diagram.obj("{\"VpcId\":\"vpc-1\"}")));
        model.recordResource(
                subnet.id(),
                new ResourceData(
                        "subnet-1",
                        ResourceStatus.OK,
                        null,
                        Diagram.obj("{}"),
                        Diagram.obj("{\"SubnetId\":\"subnet-1\"}")));

        model.connect(subnet.id(), "Subnet Id", alb.id(), "Subnets");

        assertThat(model.resolve(subnet.id()).domain().get("VpcId").asString()).isEqualTo("vpc-1");
        assertThat(model.resolve(alb.id()).domain().get("Subnets").toString()).isEqualTo("[\"subnet-1\"]");
        assertThat(model.code(alb.id()).typeName()).isEqualTo("AWS::ElasticLoadBalancingV2::LoadBalancer");
    }

    @Test
    void statementsCollectedByARoleUpFrameBecomeItsTrustPolicyDocument() {
        Component role = model.add(
                "ecs-tasks-service",
                "AWS::IAM::Role",
                ComponentType.UP_FRAME,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"RoleName\":\"ecs-tasks-service\"}"));
        model.add(
                "assume",
                "AWS::IAM::PolicyStatement",
                ComponentType.COMPONENT,
                role.id(),
                Geometry.DEFAULT,
                Diagram.obj("{\"Effect\":\"Allow\",\"Action\":[\"sts:AssumeRole\"]}"));

        assertThat(model.desiredState(role.id()).get("AssumeRolePolicyDocument").toString())
                .isEqualTo(
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"sts:AssumeRole\"]}]}");
        assertThat(model.qualifications(role.id())).isEmpty();
    }

    @Test
    void aPropertyWrittenInAnotherCaseAsTheGuideDoesIsFound() {
        Component region = model.add(
                "us-east-1",
                "AWS Region",
                ComponentType.DOWN_FRAME,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"region\":\"us-east-1\"}"));

        assertThat(region.domain().toString()).isEqualTo("{\"Region\":\"us-east-1\"}");
    }
}
