package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::EC2::SubnetRouteTableAssociation. A subnet has at most one explicit association, so a repeated create
 * finds the association the first attempt made.
 */
final class SubnetRouteTableAssociationHandler implements ResourceHandler {

    private final AwsClients clients;

    SubnetRouteTableAssociationHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Desired desired = Desired.of(request.desiredState());
        String subnetId = desired.required("SubnetId");
        String routeTableId = desired.required("RouteTableId");
        Ec2Client ec2 = clients.ec2(request.context());
        String associationId = find(ec2, Ec2Tags.filter("association.subnet-id", subnetId))
                .filter(a -> routeTableId.equals(a.routeTableId()))
                .map(RouteTableAssociation::routeTableAssociationId)
                .orElseGet(
                        () -> ec2.associateRouteTable(r -> r.subnetId(subnetId).routeTableId(routeTableId))
                                .associationId());
        request.created(associationId);
        return read(request, associationId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String associationId) {
        return find(
                        clients.ec2(request.context()),
                        Ec2Tags.filter("association.route-table-association-id", associationId))
                .map(a -> StateBuilder.of(associationId)
                        .put("Id", associationId)
                        .put("SubnetId", a.subnetId())
                        .put("RouteTableId", a.routeTableId())
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String associationId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(java.util.Set.of());
        return read(request, associationId);
    }

    @Override
    public void delete(ResourceRequest request, String associationId) {
        AwsErrors.ignoringNotFound(
                () -> clients.ec2(request.context()).disassociateRouteTable(r -> r.associationId(associationId)));
    }

    /** The first association matching the filter; subnet-id filters match the table, so we filter again. */
    private static Optional<RouteTableAssociation> find(Ec2Client ec2, Filter filter) {
        String wanted = filter.values().getFirst();
        return ec2.describeRouteTables(r -> r.filters(filter)).routeTables().stream()
                .flatMap(t -> t.associations().stream())
                .filter(a -> wanted.equals(a.subnetId()) || wanted.equals(a.routeTableAssociationId()))
                .findFirst();
    }
}
