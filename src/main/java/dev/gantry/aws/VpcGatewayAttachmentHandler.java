package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InternetGateway;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::EC2::VPCGatewayAttachment for internet gateways. Identified as CloudFormation does, by its attachment type
 * and VPC ({@code IGW|vpc-…}). Attaching is naturally idempotent: an existing attachment is found first.
 */
final class VpcGatewayAttachmentHandler implements ResourceHandler {

    private static final String TYPE = "IGW";

    private final AwsClients clients;

    VpcGatewayAttachmentHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Desired desired = Desired.of(request.desiredState());
        if (desired.text("VpnGatewayId").isPresent()) {
            throw new ProviderException(
                    "VPN gateway attachments are not supported yet; use InternetGatewayId", false, null);
        }
        String vpcId = desired.required("VpcId");
        String gatewayId = desired.required("InternetGatewayId");
        Ec2Client ec2 = clients.ec2(request.context());
        if (attachedGateway(ec2, vpcId).filter(gatewayId::equals).isEmpty()) {
            ec2.attachInternetGateway(r -> r.vpcId(vpcId).internetGatewayId(gatewayId));
        }
        request.created(TYPE + "|" + vpcId);
        return read(request, TYPE + "|" + vpcId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        String vpcId = vpcId(identifier);
        return attachedGateway(clients.ec2(request.context()), vpcId)
                .map(gatewayId -> StateBuilder.of(identifier)
                        .put("AttachmentType", TYPE)
                        .put("VpcId", vpcId)
                        .put("InternetGatewayId", gatewayId)
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(java.util.Set.of());
        return read(request, identifier);
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        String vpcId = vpcId(identifier);
        Ec2Client ec2 = clients.ec2(request.context());
        attachedGateway(ec2, vpcId)
                .ifPresent(gatewayId -> AwsErrors.ignoringNotFound(
                        () -> ec2.detachInternetGateway(r -> r.vpcId(vpcId).internetGatewayId(gatewayId))));
    }

    private static Optional<String> attachedGateway(Ec2Client ec2, String vpcId) {
        return ec2
                .describeInternetGateways(r -> r.filters(Ec2Tags.filter("attachment.vpc-id", vpcId)))
                .internetGateways()
                .stream()
                .map(InternetGateway::internetGatewayId)
                .findFirst();
    }

    private static String vpcId(String identifier) {
        return identifier.substring(identifier.indexOf('|') + 1);
    }
}
