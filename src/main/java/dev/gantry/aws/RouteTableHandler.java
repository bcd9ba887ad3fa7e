package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import tools.jackson.databind.node.ObjectNode;

/** AWS::EC2::RouteTable. */
final class RouteTableHandler implements ResourceHandler {

    private final AwsClients clients;

    RouteTableHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        String vpcId = Desired.of(request.desiredState()).required("VpcId");
        String routeTableId = ec2.describeRouteTables(r -> r.filters(Ec2Tags.ownedBy(request))).routeTables().stream()
                .filter(t -> Ec2Tags.isOwned(t.tags(), request))
                .map(RouteTable::routeTableId)
                .findFirst()
                .orElseGet(() -> ec2.createRouteTable(r -> r.vpcId(vpcId)
                                .tagSpecifications(Ec2Tags.specification(ResourceType.ROUTE_TABLE, request)))
                        .routeTable()
                        .routeTableId());
        request.created(routeTableId);
        return read(request, routeTableId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String routeTableId) {
        Ec2Client ec2 = clients.ec2(request.context());
        return AwsErrors.unlessNotFound(() -> ec2.describeRouteTables(r -> r.routeTableIds(routeTableId))
                        .routeTables())
                .flatMap(tables -> tables.stream().findFirst())
                .map(table -> StateBuilder.of(table.routeTableId())
                        .put("RouteTableId", table.routeTableId())
                        .put("VpcId", table.vpcId())
                        .putTags(Ec2Tags.fromSdk(table.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String routeTableId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Tags"));
        Ec2Tags.update(clients.ec2(request.context()), routeTableId, previous, request.desiredState());
        return read(request, routeTableId);
    }

    @Override
    public void delete(ResourceRequest request, String routeTableId) {
        AwsErrors.ignoringNotFound(
                () -> clients.ec2(request.context()).deleteRouteTable(r -> r.routeTableId(routeTableId)));
    }
}
