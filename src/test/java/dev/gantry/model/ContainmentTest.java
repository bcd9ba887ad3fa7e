package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Connections and frames reconstructed from the values of resources read from the cloud, over the real
 * catalogue: a VPC as the how-to draws it, plus a load balancer with its listener and target group.
 */
class ContainmentTest {

    private final Catalog catalog = CatalogService.shared();
    private final List<ConnectionInference.Resource> resources = new ArrayList<>();

    private void resource(String key, String type, String properties, String... outputs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < outputs.length; i += 2) {
            values.put(outputs[i], outputs[i + 1]);
        }
        resources.add(new ConnectionInference.Resource(key, catalog.require(type), Diagram.obj(properties), values));
    }

    private void network() {
        resource("vpc", "AWS::EC2::VPC", "{\"CidrBlock\":\"10.0.0.0/16\"}", "VpcId", "vpc-1");
        resource(
                "public-1",
                "AWS::EC2::Subnet",
                "{\"VpcId\":\"vpc-1\",\"CidrBlock\":\"10.0.1.0/24\"}",
                "SubnetId",
                "subnet-1",
                "VpcId",
                "vpc-1");
        resource(
                "private-1",
                "AWS::EC2::Subnet",
                "{\"VpcId\":\"vpc-1\",\"CidrBlock\":\"10.0.2.0/24\"}",
                "SubnetId",
                "subnet-2",
                "VpcId",
                "vpc-1");
        resource("igw", "AWS::EC2::InternetGateway", "{}", "InternetGatewayId", "igw-1");
        resource(
                "attachment",
                "AWS::EC2::VPCGatewayAttachment",
                "{\"VpcId\":\"vpc-1\",\"InternetGatewayId\":\"igw-1\"}");
        resource("public-rt", "AWS::EC2::RouteTable", "{\"VpcId\":\"vpc-1\"}", "RouteTableId", "rtb-1");
        resource(
                "to-internet",
                "AWS::EC2::Route",
                "{\"RouteTableId\":\"rtb-1\",\"GatewayId\":\"igw-1\",\"DestinationCidrBlock\":\"0.0.0.0/0\"}");
        resource(
                "public-association",
                "AWS::EC2::SubnetRouteTableAssociation",
                "{\"RouteTableId\":\"rtb-1\",\"SubnetId\":\"subnet-1\"}");
        resource("eip", "AWS::EC2::EIP", "{\"Domain\":\"vpc\"}", "AllocationId", "eipalloc-1");
        resource(
                "nat",
                "AWS::EC2::NatGateway",
                "{\"SubnetId\":\"subnet-1\",\"AllocationId\":\"eipalloc-1\",\"VpcId\":\"vpc-1\"}",
                "NatGatewayId",
                "nat-1");
        resource("private-rt", "AWS::EC2::RouteTable", "{\"VpcId\":\"vpc-1\"}", "RouteTableId", "rtb-2");
        resource(
                "to-nat",
                "AWS::EC2::Route",
                "{\"RouteTableId\":\"rtb-2\",\"NatGatewayId\":\"nat-1\",\"DestinationCidrBlock\":\"0.0.0.0/0\"}");
    }

    private void loadBalancing() {
        resource(
                "web-sg",
                "AWS::EC2::SecurityGroup",
                "{\"GroupDescription\":\"web\",\"VpcId\":\"vpc-1\"}",
                "GroupId",
                "sg-1",
                "Id",
                "sg-1");
        resource(
                "https-in",
                "AWS::EC2::SecurityGroupIngress",
                "{\"GroupId\":\"sg-1\",\"IpProtocol\":\"tcp\",\"FromPort\":443,\"ToPort\":443,"
                        + "\"CidrIp\":\"0.0.0.0/0\"}");
        resource(
                "alb",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                "{\"Subnets\":[\"subnet-1\",\"subnet-2\"],\"SecurityGroups\":[\"sg-1\"]}",
                "LoadBalancerArn",
                "arn:lb");
        resource(
                "tg",
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                "{\"VpcId\":\"vpc-1\",\"Port\":80,\"Protocol\":\"HTTP\"}",
                "TargetGroupArn",
                "arn:tg");
        resource(
                "https",
                "AWS::ElasticLoadBalancingV2::Listener",
                "{\"LoadBalancerArn\":\"arn:lb\",\"Port\":443,\"Protocol\":\"HTTP\"}",
                "ListenerArn",
                "arn:listener");
    }

    private Containment.Placement place() {
        return Containment.place(Containment.assetsOf(resources), ConnectionInference.references(resources));
    }

    @Test
    void resourcesSitInsideTheFramesTheyCannotMoveAwayFromAsTheHowToDrawsThem() {
        network();
        loadBalancing();

        Containment.Placement placement = place();

        assertThat(placement.parents())
                .containsEntry("public-1", "vpc")
                .containsEntry("private-1", "vpc")
                .containsEntry("public-rt", "vpc")
                .containsEntry("private-rt", "vpc")
                .containsEntry("attachment", "vpc")
                .containsEntry("to-internet", "public-rt")
                .containsEntry("to-nat", "private-rt")
                .containsEntry("public-association", "public-rt")
                .containsEntry("nat", "public-1")
                .containsEntry("web-sg", "vpc")
                .containsEntry("https-in", "vpc")
                .containsEntry("https", "alb")
                .doesNotContainKey("vpc");
        assertThat(placement.parentOf("igw"))
                .as("joins the VPC its attachment and route are in")
                .contains("vpc");
        assertThat(placement.parentOf("eip"))
                .as("joins the subnet of its NAT gateway")
                .contains("public-1");
        assertThat(placement.parentOf("tg")).as("joins the VPC frame it names").contains("vpc");
        assertThat(placement.parentOf("alb")).as("joins the VPC of its subnets").contains("vpc");
        assertThat(placement.frames()).containsExactlyInAnyOrder("vpc", "public-1", "public-rt", "private-rt", "alb");
    }

    @Test
    void aSecurityGroupIsNoFrameForItsRulesSinceItWouldFillTheirSourceGroupWithItself() {
        network();
        loadBalancing();

        Containment.Placement placement = place();

        assertThat(placement.parentOf("https-in")).contains("vpc");
        assertThat(placement.frames()).doesNotContain("web-sg");
    }

    @Test
    void aFrameThatWouldFillAnInputTheResourceLeavesEmptyIsNoPlaceForIt() {
        resource("vpc", "AWS::EC2::VPC", "{\"CidrBlock\":\"10.0.0.0/16\"}", "VpcId", "vpc-1");
        resource("public-1", "AWS::EC2::Subnet", "{\"VpcId\":\"vpc-1\"}", "SubnetId", "subnet-1");
        resource("nat", "AWS::EC2::NatGateway", "{\"SubnetId\":\"subnet-1\"}", "NatGatewayId", "nat-1");

        assertThat(place().parentOf("nat"))
                .as("the VPC frame around the subnet would give it a VpcId the cloud did not report")
                .isEmpty();
    }

    @Test
    void framesCarryWhatTheyFeedAndEverythingElseIsAnExplicitEdge() {
        network();
        loadBalancing();

        Containment.Placement placement = place();

        assertThat(placement.implicit())
                .extracting(r -> r.to() + "." + r.property() + "<-" + r.from())
                .contains(
                        "public-1.VpcId<-vpc",
                        "public-rt.VpcId<-vpc",
                        "to-internet.RouteTableId<-public-rt",
                        "nat.SubnetId<-public-1",
                        "https.LoadBalancerArn<-alb",
                        "tg.VpcId<-vpc",
                        "web-sg.VpcId<-vpc");
        assertThat(placement.explicit())
                .extracting(r -> r.from() + "." + r.output() + "->" + r.to() + "." + r.input())
                .containsExactlyInAnyOrder(
                        "igw.Internet Gateway Id->attachment.Internet Gateway Id",
                        "igw.Internet Gateway Id->to-internet.Gateway Id",
                        "public-1.Subnet Id->public-association.Subnet Id",
                        "eip.Allocation Id->nat.Allocation Id",
                        "nat.Nat Gateway Id->to-nat.Nat Gateway Id",
                        "web-sg.Group Id->https-in.Group Id",
                        "public-1.Subnet Id->alb.Subnets",
                        "private-1.Subnet Id->alb.Subnets",
                        "web-sg.Group Id->alb.Security Groups");
    }

    @Test
    void aValueTwoResourcesCarryOrAnArrayNotWhollyKnownConnectsNothing() {
        resource("vpc-a", "AWS::EC2::VPC", "{}", "VpcId", "vpc-1");
        resource("vpc-b", "AWS::EC2::VPC", "{}", "VpcId", "vpc-1");
        resource("subnet", "AWS::EC2::Subnet", "{\"VpcId\":\"vpc-1\"}", "SubnetId", "subnet-1");
        resource(
                "alb",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                "{\"Subnets\":[\"subnet-1\",\"subnet-elsewhere\"]}",
                "LoadBalancerArn",
                "arn:lb");

        assertThat(ConnectionInference.references(resources)).isEmpty();
    }

    @Test
    void drawnIntoAModelTheValuesResolveToWhatTheCloudHasOnceTheProducersAreRecorded() {
        network();
        loadBalancing();
        Model model = new Model(catalog, new CatalogRuleChecker(), SecretSealer.PLAINTEXT);
        List<InferredDiagram.Entry> entries = resources.stream()
                .map(r -> new InferredDiagram.Entry(
                        r.key(), r.key(), r.asset().name(), r.properties(), "id-of-" + r.key()))
                .toList();

        InferredDiagram.Drawn drawn = InferredDiagram.draw(model, null, entries, place());
        Map<String, ComponentId> ids = drawn.components();
        for (ConnectionInference.Resource r : resources) {
            model.recordResource(
                    ids.get(r.key()),
                    new ResourceData(
                            r.outputs().values().stream().findFirst().orElse(r.key()),
                            ResourceStatus.OK,
                            null,
                            r.properties(),
                            Diagram.obj(Diagram.JSON.writeValueAsString(r.outputs()))));
        }

        assertThat(drawn.leftOut()).isEmpty();
        assertThat(model.require(ids.get("vpc")).type()).isEqualTo(ComponentType.DOWN_FRAME);
        assertThat(model.require(ids.get("public-1")).domain().has("VpcId"))
                .as("fed by the frame")
                .isFalse();
        assertThat(model.resolve(ids.get("public-1")).domain().get("VpcId").asString())
                .isEqualTo("vpc-1");
        assertThat(model.resolve(ids.get("to-nat")).domain().get("NatGatewayId").asString())
                .isEqualTo("nat-1");
        assertThat(model.resolve(ids.get("alb"))
                        .domain()
                        .get("Subnets")
                        .valueStream()
                        .map(tools.jackson.databind.JsonNode::asString))
                .as("edges order an array by the sources' names")
                .containsExactlyInAnyOrder("subnet-1", "subnet-2");
        assertThat(model.resolve(ids.get("https-in")).domain().get("GroupId").asString())
                .isEqualTo("sg-1");
        assertThat(model.resolve(ids.get("https")).domain().get("Port").asInt()).isEqualTo(443);
        assertThat(model.require(ids.get("nat")).imported()).isEqualTo("id-of-nat");
        assertThat(model.resolve(ids.get("nat")).ambiguities()).isEmpty();
        assertThat(model.resolve(ids.get("https-in")).ambiguities()).isEmpty();
    }
}
