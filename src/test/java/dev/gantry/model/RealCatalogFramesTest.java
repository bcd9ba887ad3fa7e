package dev.gantry.model;

import dev.gantry.catalog.CatalogService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame rules over the real CloudFormation catalogue, with the socket names the how-to guides use. */
class RealCatalogFramesTest {

    private final Model model = new Model(CatalogService.shared(), new CatalogRuleChecker());

    @Test
    void aSubnetInsideAVpcFrameGetsTheVpcIdAndAnAlbCollectsSubnetIdsFromEdges() {
        Component vpc = model.add("How to VPC", "AWS::EC2::VPC", ComponentType.DOWN_FRAME, null, Geometry.DEFAULT,
                Diagram.obj("{\"CidrBlock\":\"10.0.0.0/16\"}"));
        Component subnet = model.add("Public 1", "AWS::EC2::Subnet", ComponentType.DOWN_FRAME, vpc.id(),
                Geometry.DEFAULT, null);
        Component alb = model.add("alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", ComponentType.DOWN_FRAME,
                vpc.id(), Geometry.DEFAULT, null);
        model.recordResource(vpc.id(), new ResourceData("vpc-1", "ok", null, Diagram.obj("{}"),
                Diagram.obj("{\"VpcId\":\"vpc-1\"}")));
        model.recordResource(subnet.id(), new ResourceData("subnet-1", "ok", null, Diagram.obj("{}"),
                Diagram.obj("{\"SubnetId\":\"subnet-1\"}")));

        model.connect(subnet.id(), "Subnet Id", alb.id(), "Subnets");

        assertThat(model.resolve(subnet.id()).domain().get("VpcId").asString()).isEqualTo("vpc-1");
        assertThat(model.resolve(alb.id()).domain().get("Subnets").toString()).isEqualTo("[\"subnet-1\"]");
        assertThat(model.code(alb.id()).typeName()).isEqualTo("AWS::ElasticLoadBalancingV2::LoadBalancer");
    }
}
