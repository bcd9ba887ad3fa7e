package dev.gantry.aws;

import dev.gantry.action.CloudContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ecs.model.ListClustersRequest;

/**
 * Native listings for discovery: the identifiers of an account's resources of each natively handled type, in the
 * form its handler's read takes. What AWS makes by itself and removes with its owner is left out (default
 * security groups, main route tables and their local routes, a group's default allow-all egress rule), since
 * nobody can delete it; so is the default VPC's machinery only when the default VPC itself is not wanted (the
 * caller filters).
 */
final class Inventory {

    private final AwsClients clients;
    private final Map<String, BiFunction<AwsClients, CloudContext, List<String>>> listings = new LinkedHashMap<>();

    Inventory(AwsClients clients) {
        this.clients = clients;
        listings.put(
                "AWS::EC2::VPC",
                (c, x) -> c.ec2(x).describeVpcsPaginator().vpcs().stream()
                        .map(v -> v.vpcId())
                        .toList());
        listings.put(
                "AWS::EC2::Subnet",
                (c, x) -> c.ec2(x).describeSubnetsPaginator().subnets().stream()
                        .map(s -> s.subnetId())
                        .toList());
        listings.put(
                "AWS::EC2::InternetGateway",
                (c, x) -> c.ec2(x).describeInternetGatewaysPaginator().internetGateways().stream()
                        .map(g -> g.internetGatewayId())
                        .toList());
        listings.put(
                "AWS::EC2::VPCGatewayAttachment",
                (c, x) -> c.ec2(x).describeInternetGatewaysPaginator().internetGateways().stream()
                        .flatMap(g -> g.attachments().stream())
                        .map(a -> "IGW|" + a.vpcId())
                        .toList());
        listings.put(
                "AWS::EC2::EIP",
                (c, x) -> c.ec2(x).describeAddresses().addresses().stream()
                        .filter(a -> a.allocationId() != null)
                        .map(a -> a.publicIp() + "|" + a.allocationId())
                        .toList());
        listings.put(
                "AWS::EC2::NatGateway",
                (c, x) -> c.ec2(x).describeNatGatewaysPaginator().natGateways().stream()
                        .filter(n -> !Set.of("deleted", "deleting", "failed").contains(n.stateAsString()))
                        .map(n -> n.natGatewayId())
                        .toList());
        listings.put(
                "AWS::EC2::RouteTable",
                (c, x) -> ownRouteTables(c.ec2(x)).stream()
                        .map(RouteTable::routeTableId)
                        .toList());
        listings.put(
                "AWS::EC2::Route",
                (c, x) -> ownRouteTables(c.ec2(x)).stream()
                        .flatMap(t -> t.routes().stream()
                                .filter(r -> r.destinationCidrBlock() != null && !"local".equals(r.gatewayId()))
                                .map(r -> t.routeTableId() + "|" + r.destinationCidrBlock()))
                        .toList());
        listings.put(
                "AWS::EC2::SubnetRouteTableAssociation",
                (c, x) -> ownRouteTables(c.ec2(x)).stream()
                        .flatMap(t -> t.associations().stream())
                        .filter(a -> a.subnetId() != null && !Boolean.TRUE.equals(a.main()))
                        .map(a -> a.routeTableAssociationId())
                        .toList());
        listings.put(
                "AWS::EC2::SecurityGroup",
                (c, x) ->
                        ownGroups(c.ec2(x)).stream().map(SecurityGroup::groupId).toList());
        listings.put("AWS::EC2::SecurityGroupIngress", (c, x) -> ownRules(c.ec2(x), false));
        listings.put("AWS::EC2::SecurityGroupEgress", (c, x) -> ownRules(c.ec2(x), true));
        listings.put(
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                (c, x) -> c.elb(x).describeLoadBalancersPaginator().loadBalancers().stream()
                        .map(lb -> lb.loadBalancerArn())
                        .toList());
        listings.put(
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                (c, x) -> c.elb(x).describeTargetGroupsPaginator().targetGroups().stream()
                        .map(tg -> tg.targetGroupArn())
                        .toList());
        listings.put("AWS::ElasticLoadBalancingV2::Listener", (c, x) -> {
            List<String> arns = new ArrayList<>();
            c.elb(x)
                    .describeLoadBalancersPaginator()
                    .loadBalancers()
                    .forEach(lb -> c.elb(x)
                            .describeListeners(r -> r.loadBalancerArn(lb.loadBalancerArn()))
                            .listeners()
                            .forEach(l -> arns.add(l.listenerArn())));
            return arns;
        });
        listings.put(
                "AWS::ECR::Repository",
                (c, x) -> c.ecr(x).describeRepositoriesPaginator().repositories().stream()
                        .map(r -> r.repositoryName())
                        .toList());
        listings.put(
                "AWS::ECS::Cluster",
                (c, x) -> c
                        .ecs(x)
                        .listClustersPaginator(ListClustersRequest.builder().build())
                        .clusterArns()
                        .stream()
                        .map(arn -> arn.substring(arn.lastIndexOf('/') + 1))
                        .toList());
    }

    List<String> types() {
        return List.copyOf(listings.keySet());
    }

    boolean lists(String type) {
        return listings.containsKey(type);
    }

    List<String> list(String type, CloudContext context) {
        return listings.get(type).apply(clients, context);
    }

    /** Route tables without a main association: the main one comes and goes with its VPC. */
    private static List<RouteTable> ownRouteTables(Ec2Client ec2) {
        return ec2.describeRouteTablesPaginator().routeTables().stream()
                .filter(t -> t.associations().stream().noneMatch(a -> Boolean.TRUE.equals(a.main())))
                .toList();
    }

    private static List<SecurityGroup> ownGroups(Ec2Client ec2) {
        return ec2.describeSecurityGroupsPaginator().securityGroups().stream()
                .filter(g -> !"default".equals(g.groupName()))
                .toList();
    }

    /** Rules of groups that are not a VPC's default one, without a group's default allow-all egress. */
    private static List<String> ownRules(Ec2Client ec2, boolean egress) {
        Set<String> groups = ownGroups(ec2).stream().map(SecurityGroup::groupId).collect(Collectors.toSet());
        return ec2.describeSecurityGroupRulesPaginator(r -> {}).securityGroupRules().stream()
                .filter(r -> r.isEgress() == egress && groups.contains(r.groupId()))
                .filter(r -> !(egress && isDefaultEgress(r)))
                .map(SecurityGroupRule::securityGroupRuleId)
                .toList();
    }

    private static boolean isDefaultEgress(SecurityGroupRule rule) {
        return "-1".equals(rule.ipProtocol()) && "0.0.0.0/0".equals(rule.cidrIpv4());
    }
}
