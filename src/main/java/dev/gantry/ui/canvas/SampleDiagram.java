package dev.gantry.ui.canvas;

import dev.gantry.model.SketchConnection;
import java.util.ArrayList;
import java.util.List;

/**
 * The foundation's sample: a VPC down frame holding a subnet and a load balancer. The frame's Vpc Id feeds
 * the subnet (drawn dashed, as frames connect implicitly); connections the user draws are stored.
 */
public final class SampleDiagram {

    public static final String VPC = "vpc-1";
    public static final String SUBNET = "public-subnet-1";
    public static final String LOAD_BALANCER = "alb";

    private SampleDiagram() {
    }

    public static Diagram with(List<SketchConnection> drawn) {
        List<Diagram.Edge> edges = new ArrayList<>();
        edges.add(new Diagram.Edge("implicit-vpc", VPC, "Vpc Id", SUBNET, "Vpc Id", true));
        drawn.forEach(c -> edges.add(new Diagram.Edge(c.id().toString(), c.sourceNode(), c.sourceSocket(),
                c.targetNode(), c.targetSocket(), false)));
        return new Diagram(nodes(), edges);
    }

    private static List<Diagram.Node> nodes() {
        return List.of(
                new Diagram.Node(VPC, "down-frame", VPC, "AWS::EC2::VPC", "#7c3aed", null, 40, 40, 760.0, 380.0,
                        List.of(one("Region"), one("AWS Credential")), List.of(many("Vpc Id"))),
                new Diagram.Node(SUBNET, "component", SUBNET, "AWS::EC2::Subnet", "#ea580c", VPC, 40, 110, null, null,
                        List.of(one("Vpc Id"), one("Region")), List.of(many("Subnet Id"))),
                new Diagram.Node(LOAD_BALANCER, "component", LOAD_BALANCER, "AWS::ElasticLoadBalancingV2::LoadBalancer",
                        "#16a34a", VPC, 420, 110, null, null,
                        List.of(many("Subnets"), many("Security Groups")),
                        List.of(many("DNS Name"), many("Load Balancer Arn"))));
    }

    private static Diagram.Socket one(String name) {
        return new Diagram.Socket(name, "ONE");
    }

    private static Diagram.Socket many(String name) {
        return new Diagram.Socket(name, "MANY");
    }
}
