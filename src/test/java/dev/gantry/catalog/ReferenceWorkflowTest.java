package dev.gantry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the assets and connections of {@code reference/aws-vpc-howto.md} and {@code aws-ecr-ecs-howto.md}, spelled
 * as the guides spell them. Where a guide has a typo the test says what is meant (noted per row).
 */
class ReferenceWorkflowTest {

    private static final Catalog CATALOG = CatalogService.shared();

    /** One connection: output asset/socket → input asset/socket. */
    record Connection(String fromAsset, String output, String toAsset, String input) {
        @Override
        public String toString() {
            return fromAsset + " / " + output + " -> " + toAsset + " / " + input;
        }
    }

    static Stream<String> guideAssets() {
        return Stream.of(
                // aws-vpc-howto.md
                "AWS Credential",
                "AWS Region",
                "AWS::EC2::VPC",
                "AWS::EC2::Subnet",
                "AWS::EC2::NATGateway",
                "AWS::EC2::EIP",
                "AWS::EC2::RouteTable",
                "AWS::EC2::SubnetRouteTableAssociation",
                "AWS::EC2::Route",
                "AWS::EC2::InternetGateway",
                "AWS::EC2::VPCGatewayAttachment",
                // aws-ecr-ecs-howto.md
                "AWS::ECR::Repository",
                "AWS ECR Private Repository Policy",
                "AWS::IAM::PolicyStatement",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                "AWS::EC2::SecurityGroup",
                "AWS::EC2::SecurityGroupIngress",
                "AWS::ElasticLoadBalancingV2::Listener",
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                "Listener DefaultActions",
                "AWS::IAM::Role",
                "AWS::ECS::Cluster",
                "ECS CapacityProviderStrategy",
                "AWS::ECS::ClusterCapacityProviderAssociations",
                "AWS::ECS::Service",
                "AWS::ECS::TaskDefinition",
                "TaskDefinition ContainerDefinitions",
                "ContainerDefinitions PortMappings",
                "Service LoadBalancers",
                "AWS::IAM::RolePolicy");
    }

    /** The edges the guides ask the user to draw. */
    static Stream<Connection> explicitConnections() {
        return Stream.of(
                c("AWS::EC2::EIP", "Allocation ID", "AWS::EC2::NATGateway", "Allocation ID"),
                c("AWS::EC2::Subnet", "Subnet ID", "AWS::EC2::SubnetRouteTableAssociation", "Subnet ID"),
                c("AWS::EC2::InternetGateway", "Internet Gateway ID", "AWS::EC2::Route", "Gateway ID"),
                c(
                        "AWS::EC2::InternetGateway",
                        "Internet Gateway ID",
                        "AWS::EC2::VPCGatewayAttachment",
                        "Internet Gateway ID"),
                c("AWS::EC2::NATGateway", "NAT Gateway ID", "AWS::EC2::Route", "NAT Gateway ID"),
                c("AWS::EC2::Subnet", "Subnet Id", "AWS::ElasticLoadBalancingV2::LoadBalancer", "Subnets"),
                c(
                        "AWS::EC2::SecurityGroup",
                        "Group Id",
                        "AWS::ElasticLoadBalancingV2::LoadBalancer",
                        "Security Groups"),
                c("AWS::EC2::SecurityGroup", "Group Id", "AWS::EC2::SecurityGroupIngress", "Group Id"),
                c(
                        "AWS::ElasticLoadBalancingV2::TargetGroup",
                        "Target Group Arn",
                        "Listener DefaultActions",
                        "Target Group Arn"),
                c(
                        "Listener DefaultActions",
                        "Default Actions",
                        "AWS::ElasticLoadBalancingV2::Listener",
                        "Default Actions"),
                c("AWS::EC2::SecurityGroup", "Group Id", "AWS::EC2::SecurityGroupIngress", "SourceSecurityGroupId"),
                c(
                        "ECS CapacityProviderStrategy",
                        "Default Capacity Provider Strategy",
                        "AWS::ECS::ClusterCapacityProviderAssociations",
                        "Default Capacity Provider Strategy"),
                // The guide says "Network Awsvpc Security Groups"; private subnets belong in the Subnets input.
                c("AWS::EC2::Subnet", "Subnet ID", "AWS::ECS::Service", "Network Awsvpc Subnets"),
                c("AWS::EC2::SecurityGroup", "Id", "AWS::ECS::Service", "Network Awsvpc Security Groups"),
                // "Task Defition" is the guide's typo; the socket is found anyway.
                c("AWS::ECS::TaskDefinition", "Task Definition Arn", "AWS::ECS::Service", "Task Defition"),
                c("AWS::IAM::Role", "ARN", "AWS::ECS::TaskDefinition", "Task Role Arn"),
                c("AWS::IAM::Role", "ARN", "AWS::ECS::TaskDefinition", "Execution Role Arn"),
                c("AWS::ECR::Repository", "Repository Uri", "TaskDefinition ContainerDefinitions", "Image"),
                c(
                        "ContainerDefinitions PortMappings",
                        "Port Mappings",
                        "TaskDefinition ContainerDefinitions",
                        "Port Mappings"),
                c(
                        "AWS::ElasticLoadBalancingV2::TargetGroup",
                        "Target Group Arn",
                        "Service LoadBalancers",
                        "Target Group Arn"),
                c("AWS::IAM::Role", "RoleName", "AWS::IAM::RolePolicy", "RoleName"));
    }

    /** What the guides' frames connect implicitly (frame output → matching input of a component inside). */
    static Stream<Connection> frameConnections() {
        return Stream.of(
                c("AWS Credential", "AWS Credential", "AWS::EC2::VPC", "AWS Credential"),
                c("Region", "Region", "AWS::EC2::Subnet", "Region"),
                c("AWS::EC2::VPC", "Vpc Id", "AWS::EC2::Subnet", "Vpc Id"),
                c("AWS::EC2::VPC", "Vpc Id", "AWS::EC2::RouteTable", "Vpc Id"),
                c("AWS::EC2::VPC", "Vpc Id", "AWS::EC2::VPCGatewayAttachment", "Vpc Id"),
                c("AWS::EC2::VPC", "Vpc Id", "AWS::EC2::SecurityGroup", "Vpc Id"),
                c("AWS::EC2::VPC", "Vpc Id", "AWS::ElasticLoadBalancingV2::TargetGroup", "Vpc Id"),
                c("AWS::EC2::Subnet", "Subnet Id", "AWS::EC2::NATGateway", "Subnet Id"),
                c("AWS::EC2::RouteTable", "Route Table Id", "AWS::EC2::Route", "Route Table Id"),
                c("AWS::EC2::RouteTable", "Route Table Id", "AWS::EC2::SubnetRouteTableAssociation", "Route Table Id"),
                c("AWS::ECR::Repository", "Repository Name", "AWS ECR Private Repository Policy", "Repository Name"),
                c("AWS::IAM::PolicyStatement", "Policy Statement", "AWS ECR Private Repository Policy", "Policy Text"),
                c("AWS::IAM::PolicyStatement", "Policy Statement", "AWS::IAM::Role", "Assume Role Policy Document"),
                c(
                        "AWS::ElasticLoadBalancingV2::LoadBalancer",
                        "Load Balancer Arn",
                        "AWS::ElasticLoadBalancingV2::Listener",
                        "Load Balancer Arn"),
                c("AWS::ECS::Cluster", "Cluster Name", "AWS::ECS::Service", "Cluster"),
                c("AWS::ECS::Cluster", "Cluster Name", "AWS::ECS::ClusterCapacityProviderAssociations", "Cluster"),
                c("Service LoadBalancers", "Load Balancers", "AWS::ECS::Service", "Load Balancers"),
                c(
                        "TaskDefinition ContainerDefinitions",
                        "Container Definitions",
                        "AWS::ECS::TaskDefinition",
                        "Container Definitions"));
    }

    @ParameterizedTest
    @MethodSource("guideAssets")
    void everyAssetTheGuidesNameIsFound(String name) {
        assertThat(CATALOG.find(name)).as(name).isPresent();
    }

    @ParameterizedTest
    @MethodSource({"explicitConnections", "frameConnections"})
    void everyConnectionTheGuidesDrawFits(Connection connection) {
        Socket output = CATALOG.require(connection.fromAsset())
                .output(connection.output())
                .orElseThrow(
                        () -> new AssertionError("no output " + connection.output() + " on " + connection.fromAsset()));
        Socket input = CATALOG.require(connection.toAsset())
                .input(connection.input())
                .orElseThrow(
                        () -> new AssertionError("no input " + connection.input() + " on " + connection.toAsset()));
        assertThat(SocketMatcher.fits(output, input)).as(connection.toString()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("frameConnections")
    void aFrameFeedsEachInputFromExactlyOneOfItsOutputsSoNothingIsAmbiguous(Connection connection) {
        Asset frame = CATALOG.require(connection.fromAsset());
        Socket input =
                CATALOG.require(connection.toAsset()).input(connection.input()).orElseThrow();
        List<String> fitting = frame.outputs().stream()
                .filter(o -> SocketMatcher.fits(o, input))
                .map(Socket::name)
                .toList();
        assertThat(fitting).as(connection.toString()).hasSize(1);
    }

    private static Connection c(String fromAsset, String output, String toAsset, String input) {
        return new Connection(fromAsset, output, toAsset, input);
    }
}
