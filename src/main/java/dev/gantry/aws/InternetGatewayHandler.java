package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.node.ObjectNode;

/** AWS::EC2::InternetGateway (attached to a VPC by {@link VpcGatewayAttachmentHandler}). */
final class InternetGatewayHandler implements ResourceHandler {

    private final AwsClients clients;

    InternetGatewayHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        String gatewayId =
                ec2.describeInternetGateways(r -> r.filters(Ec2Tags.ownedBy(request))).internetGateways().stream()
                        .filter(g -> Ec2Tags.isOwned(g.tags(), request))
                        .map(InternetGateway::internetGatewayId)
                        .findFirst()
                        .orElseGet(() -> ec2.createInternetGateway(r -> r.tagSpecifications(
                                        Ec2Tags.specification(ResourceType.INTERNET_GATEWAY, request)))
                                .internetGateway()
                                .internetGatewayId());
        request.created(gatewayId);
        return read(request, gatewayId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String gatewayId) {
        Ec2Client ec2 = clients.ec2(request.context());
        return AwsErrors.unlessNotFound(() -> ec2.describeInternetGateways(r -> r.internetGatewayIds(gatewayId))
                        .internetGateways())
                .flatMap(gateways -> gateways.stream().findFirst())
                .map(gateway -> StateBuilder.of(gateway.internetGatewayId())
                        .put("InternetGatewayId", gateway.internetGatewayId())
                        .putTags(Ec2Tags.fromSdk(gateway.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String gatewayId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Tags"));
        Ec2Tags.update(clients.ec2(request.context()), gatewayId, previous, request.desiredState());
        return read(request, gatewayId);
    }

    @Override
    public void delete(ResourceRequest request, String gatewayId) {
        AwsErrors.ignoringNotFound(
                () -> clients.ec2(request.context()).deleteInternetGateway(r -> r.internetGatewayId(gatewayId)));
    }
}
