package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import tools.jackson.databind.node.ObjectNode;

/** AWS::EC2::EIP, identified as CloudFormation does by {@code PublicIp|AllocationId}. */
final class ElasticIpHandler implements ResourceHandler {

    private final AwsClients clients;

    ElasticIpHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        Desired desired = Desired.of(request.desiredState());
        String allocationId = ec2.describeAddresses(r -> r.filters(Ec2Tags.ownedBy(request))).addresses().stream()
                .filter(a -> Ec2Tags.isOwned(a.tags(), request))
                .map(Address::allocationId)
                .findFirst()
                .orElseGet(() -> ec2.allocateAddress(r -> r.domain(
                                        desired.text("Domain").orElse("vpc"))
                                .networkBorderGroup(
                                        desired.text("NetworkBorderGroup").orElse(null))
                                .publicIpv4Pool(desired.text("PublicIpv4Pool").orElse(null))
                                .tagSpecifications(Ec2Tags.specification(ResourceType.ELASTIC_IP, request)))
                        .allocationId());
        request.created(allocationId);
        return readAllocation(ec2, allocationId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        return readAllocation(clients.ec2(request.context()), allocationId(identifier));
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Tags"));
        Ec2Tags.update(clients.ec2(request.context()), allocationId(identifier), previous, request.desiredState());
        return read(request, identifier);
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        AwsErrors.ignoringNotFound(
                () -> clients.ec2(request.context()).releaseAddress(r -> r.allocationId(allocationId(identifier))));
    }

    private static ResourceState readAllocation(Ec2Client ec2, String allocationId) {
        return AwsErrors.unlessNotFound(() -> ec2.describeAddresses(r -> r.allocationIds(allocationId))
                        .addresses())
                .flatMap(addresses -> addresses.stream().findFirst())
                .map(address -> StateBuilder.of(address.publicIp() + "|" + address.allocationId())
                        .put("AllocationId", address.allocationId())
                        .put("PublicIp", address.publicIp())
                        .put("Domain", address.domainAsString())
                        .putTags(Ec2Tags.fromSdk(address.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    /** Accepts the compound identifier or a bare allocation id. */
    private static String allocationId(String identifier) {
        return identifier.substring(identifier.indexOf('|') + 1);
    }
}
