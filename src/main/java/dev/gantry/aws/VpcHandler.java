package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import tools.jackson.databind.node.ObjectNode;

/** AWS::EC2::VPC. */
final class VpcHandler implements ResourceHandler {

    private final AwsClients clients;

    VpcHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        Desired desired = Desired.of(request.desiredState());
        String vpcId = ec2.describeVpcs(r -> r.filters(Ec2Tags.ownedBy(request))).vpcs().stream()
                .filter(v -> Ec2Tags.isOwned(v.tags(), request))
                .map(Vpc::vpcId)
                .findFirst()
                .orElseGet(() -> ec2.createVpc(r -> r.cidrBlock(desired.required("CidrBlock"))
                                .instanceTenancy(desired.text("InstanceTenancy").orElse(null))
                                .tagSpecifications(Ec2Tags.specification(ResourceType.VPC, request)))
                        .vpc()
                        .vpcId());
        request.created(vpcId);
        applyDnsAttributes(ec2, vpcId, desired);
        return read(request, vpcId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String vpcId) {
        Ec2Client ec2 = clients.ec2(request.context());
        return AwsErrors.unlessNotFound(
                        () -> ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs())
                .flatMap(vpcs -> vpcs.stream().findFirst())
                .map(vpc -> StateBuilder.of(vpc.vpcId())
                        .put("VpcId", vpc.vpcId())
                        .put("CidrBlock", vpc.cidrBlock())
                        .put("InstanceTenancy", vpc.instanceTenancyAsString())
                        .putStrings(
                                "CidrBlockAssociations",
                                vpc.cidrBlockAssociationSet().stream()
                                        .map(VpcCidrBlockAssociation::associationId)
                                        .toList())
                        .put("EnableDnsHostnames", attribute(ec2, vpcId, VpcAttributeName.ENABLE_DNS_HOSTNAMES))
                        .put("EnableDnsSupport", attribute(ec2, vpcId, VpcAttributeName.ENABLE_DNS_SUPPORT))
                        .putTags(Ec2Tags.fromSdk(vpc.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String vpcId, ObjectNode previous) {
        Changes changes = Changes.between(request.resourceType(), previous, request.desiredState());
        changes.requireOnly(Set.of("EnableDnsHostnames", "EnableDnsSupport", "Tags"));
        Ec2Client ec2 = clients.ec2(request.context());
        applyDnsAttributes(ec2, vpcId, Desired.of(request.desiredState()));
        Ec2Tags.update(ec2, vpcId, previous, request.desiredState());
        return read(request, vpcId);
    }

    @Override
    public void delete(ResourceRequest request, String vpcId) {
        AwsErrors.ignoringNotFound(() -> clients.ec2(request.context()).deleteVpc(r -> r.vpcId(vpcId)));
    }

    /** EC2 takes one attribute per call; setting them again after a crash is harmless. */
    private static void applyDnsAttributes(Ec2Client ec2, String vpcId, Desired desired) {
        desired.bool("EnableDnsSupport")
                .ifPresent(on -> ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsSupport(v -> v.value(on))));
        desired.bool("EnableDnsHostnames")
                .ifPresent(on -> ec2.modifyVpcAttribute(r -> r.vpcId(vpcId).enableDnsHostnames(v -> v.value(on))));
    }

    private static Boolean attribute(Ec2Client ec2, String vpcId, VpcAttributeName name) {
        var response = ec2.describeVpcAttribute(r -> r.vpcId(vpcId).attribute(name));
        var value = name == VpcAttributeName.ENABLE_DNS_HOSTNAMES
                ? response.enableDnsHostnames()
                : response.enableDnsSupport();
        return value == null ? null : value.value();
    }
}
