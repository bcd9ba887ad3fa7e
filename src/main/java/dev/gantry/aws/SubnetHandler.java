package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Subnet;
import tools.jackson.databind.node.ObjectNode;

/** AWS::EC2::Subnet. */
final class SubnetHandler implements ResourceHandler {

    private final AwsClients clients;

    SubnetHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        Desired desired = Desired.of(request.desiredState());
        String subnetId = ec2.describeSubnets(r -> r.filters(Ec2Tags.ownedBy(request))).subnets().stream()
                .filter(s -> Ec2Tags.isOwned(s.tags(), request))
                .map(Subnet::subnetId)
                .findFirst()
                .orElseGet(() -> ec2.createSubnet(r -> r.vpcId(desired.required("VpcId"))
                                .cidrBlock(desired.text("CidrBlock").orElse(null))
                                .availabilityZone(
                                        desired.text("AvailabilityZone").orElse(null))
                                .availabilityZoneId(
                                        desired.text("AvailabilityZoneId").orElse(null))
                                .tagSpecifications(Ec2Tags.specification(ResourceType.SUBNET, request)))
                        .subnet()
                        .subnetId());
        request.created(subnetId);
        applyMapPublicIp(ec2, subnetId, desired);
        return read(request, subnetId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String subnetId) {
        Ec2Client ec2 = clients.ec2(request.context());
        return AwsErrors.unlessNotFound(
                        () -> ec2.describeSubnets(r -> r.subnetIds(subnetId)).subnets())
                .flatMap(subnets -> subnets.stream().findFirst())
                .map(subnet -> StateBuilder.of(subnet.subnetId())
                        .put("SubnetId", subnet.subnetId())
                        .put("VpcId", subnet.vpcId())
                        .put("CidrBlock", subnet.cidrBlock())
                        .put("AvailabilityZone", subnet.availabilityZone())
                        .put("AvailabilityZoneId", subnet.availabilityZoneId())
                        .put("MapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch())
                        .putTags(Ec2Tags.fromSdk(subnet.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String subnetId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("MapPublicIpOnLaunch", "Tags"));
        Ec2Client ec2 = clients.ec2(request.context());
        applyMapPublicIp(ec2, subnetId, Desired.of(request.desiredState()));
        Ec2Tags.update(ec2, subnetId, previous, request.desiredState());
        return read(request, subnetId);
    }

    @Override
    public void delete(ResourceRequest request, String subnetId) {
        AwsErrors.ignoringNotFound(() -> clients.ec2(request.context()).deleteSubnet(r -> r.subnetId(subnetId)));
    }

    private static void applyMapPublicIp(Ec2Client ec2, String subnetId, Desired desired) {
        desired.bool("MapPublicIpOnLaunch")
                .ifPresent(on ->
                        ec2.modifySubnetAttribute(r -> r.subnetId(subnetId).mapPublicIpOnLaunch(v -> v.value(on))));
    }
}
