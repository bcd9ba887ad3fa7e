package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::EC2::NatGateway. Created with a client token and tagged; a repeated create finds the tagged gateway first
 * (emulators ignore client tokens). Waits until available, which takes minutes on AWS.
 */
final class NatGatewayHandler implements ResourceHandler {

    private static final Set<NatGatewayState> GONE =
            Set.of(NatGatewayState.DELETED, NatGatewayState.DELETING, NatGatewayState.FAILED);

    private final AwsClients clients;
    private final Poller poller;

    NatGatewayHandler(AwsClients clients, Poller poller) {
        this.clients = clients;
        this.poller = poller;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        Desired desired = Desired.of(request.desiredState());
        String natGatewayId = ec2.describeNatGateways(r -> r.filter(Ec2Tags.ownedBy(request))).natGateways().stream()
                .filter(g -> !GONE.contains(g.state()) && Ec2Tags.isOwned(g.tags(), request))
                .map(NatGateway::natGatewayId)
                .findFirst()
                .orElseGet(() -> ec2.createNatGateway(r -> r.clientToken(ClientTokens.of(request, 64))
                                .subnetId(desired.required("SubnetId"))
                                .allocationId(desired.text("AllocationId").orElse(null))
                                .connectivityType(
                                        desired.text("ConnectivityType").orElse(null))
                                .privateIpAddress(
                                        desired.text("PrivateIpAddress").orElse(null))
                                .tagSpecifications(Ec2Tags.specification(ResourceType.NATGATEWAY, request)))
                        .natGateway()
                        .natGatewayId());
        request.created(natGatewayId);
        poller.untilTrue(
                "NAT gateway " + natGatewayId + " to become available",
                () -> isAvailable(describe(ec2, natGatewayId).orElse(null)));
        return read(request, natGatewayId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String natGatewayId) {
        return describe(clients.ec2(request.context()), natGatewayId)
                .filter(g -> g.state() != NatGatewayState.DELETED)
                .map(NatGatewayHandler::state)
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String natGatewayId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Tags"));
        Ec2Tags.update(clients.ec2(request.context()), natGatewayId, previous, request.desiredState());
        return read(request, natGatewayId);
    }

    @Override
    public void delete(ResourceRequest request, String natGatewayId) {
        Ec2Client ec2 = clients.ec2(request.context());
        AwsErrors.ignoringNotFound(() -> ec2.deleteNatGateway(r -> r.natGatewayId(natGatewayId)));
        // Its elastic IP and subnet can only go once the gateway is really gone.
        poller.untilTrue(
                "NAT gateway " + natGatewayId + " to be deleted",
                () -> describe(ec2, natGatewayId)
                        .map(g -> g.state() == NatGatewayState.DELETED)
                        .orElse(true));
    }

    private static boolean isAvailable(NatGateway gateway) {
        if (gateway != null && gateway.state() == NatGatewayState.FAILED) {
            throw new ProviderException(gateway.failureCode() + ": " + gateway.failureMessage(), false, null);
        }
        return gateway != null && gateway.state() == NatGatewayState.AVAILABLE;
    }

    private static Optional<NatGateway> describe(Ec2Client ec2, String natGatewayId) {
        return AwsErrors.unlessNotFound(() -> ec2.describeNatGateways(r -> r.natGatewayIds(natGatewayId))
                        .natGateways())
                .flatMap(gateways -> gateways.stream().findFirst());
    }

    private static ResourceState state(NatGateway gateway) {
        Optional<NatGatewayAddress> address =
                gateway.natGatewayAddresses().stream().findFirst();
        return StateBuilder.of(gateway.natGatewayId())
                .put("NatGatewayId", gateway.natGatewayId())
                .put("SubnetId", gateway.subnetId())
                .put("VpcId", gateway.vpcId())
                .put("ConnectivityType", gateway.connectivityTypeAsString())
                .put(
                        "AllocationId",
                        address.map(NatGatewayAddress::allocationId).orElse(null))
                .put("EniId", address.map(NatGatewayAddress::networkInterfaceId).orElse(null))
                .put(
                        "PrivateIpAddress",
                        address.map(NatGatewayAddress::privateIp).orElse(null))
                .putTags(Ec2Tags.fromSdk(gateway.tags()))
                .build();
    }
}
