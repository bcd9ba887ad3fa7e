package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.ReplaceRouteRequest;
import software.amazon.awssdk.services.ec2.model.Route;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::EC2::Route, identified as CloudFormation does by route table and destination ({@code rtb-…|0.0.0.0/0}).
 * A route is unique per destination in its table, so a repeated create finds it and points it at the target.
 */
final class RouteHandler implements ResourceHandler {

    private static final Set<String> TARGETS = Set.of(
            "GatewayId",
            "NatGatewayId",
            "TransitGatewayId",
            "VpcPeeringConnectionId",
            "NetworkInterfaceId",
            "InstanceId",
            "EgressOnlyInternetGatewayId",
            "VpcEndpointId",
            "CarrierGatewayId",
            "LocalGatewayId",
            "CoreNetworkArn");

    private final AwsClients clients;

    RouteHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Desired desired = Desired.of(request.desiredState());
        String routeTableId = desired.required("RouteTableId");
        String destination = desired.required("DestinationCidrBlock");
        Ec2Client ec2 = clients.ec2(request.context());
        if (find(ec2, routeTableId, destination).isPresent()) {
            ec2.replaceRoute(replaceRequest(routeTableId, destination, desired));
        } else {
            ec2.createRoute(createRequest(routeTableId, destination, desired));
        }
        request.created(routeTableId + "|" + destination);
        return read(request, routeTableId + "|" + destination);
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        String[] parts = identifier.split("\\|", 2);
        return find(clients.ec2(request.context()), parts[0], parts[1])
                .map(route -> StateBuilder.of(identifier)
                        .put("RouteTableId", parts[0])
                        .put("DestinationCidrBlock", route.destinationCidrBlock())
                        .put("CidrBlock", route.destinationCidrBlock())
                        .put("GatewayId", route.gatewayId())
                        .put("NatGatewayId", route.natGatewayId())
                        .put("TransitGatewayId", route.transitGatewayId())
                        .put("VpcPeeringConnectionId", route.vpcPeeringConnectionId())
                        .put("NetworkInterfaceId", route.networkInterfaceId())
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(TARGETS);
        String[] parts = identifier.split("\\|", 2);
        clients.ec2(request.context())
                .replaceRoute(replaceRequest(parts[0], parts[1], Desired.of(request.desiredState())));
        return read(request, identifier);
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        String[] parts = identifier.split("\\|", 2);
        AwsErrors.ignoringNotFound(() -> clients.ec2(request.context())
                .deleteRoute(r -> r.routeTableId(parts[0]).destinationCidrBlock(parts[1])));
    }

    private static Optional<Route> find(Ec2Client ec2, String routeTableId, String destination) {
        return AwsErrors.unlessNotFound(() -> ec2.describeRouteTables(r -> r.routeTableIds(routeTableId))
                        .routeTables())
                .flatMap(tables -> tables.stream().findFirst())
                .flatMap(table -> table.routes().stream()
                        .filter(route -> destination.equals(route.destinationCidrBlock()))
                        .findFirst());
    }

    private static CreateRouteRequest createRequest(String routeTableId, String destination, Desired d) {
        return CreateRouteRequest.builder()
                .routeTableId(routeTableId)
                .destinationCidrBlock(destination)
                .gatewayId(d.text("GatewayId").orElse(null))
                .natGatewayId(d.text("NatGatewayId").orElse(null))
                .transitGatewayId(d.text("TransitGatewayId").orElse(null))
                .vpcPeeringConnectionId(d.text("VpcPeeringConnectionId").orElse(null))
                .networkInterfaceId(d.text("NetworkInterfaceId").orElse(null))
                .instanceId(d.text("InstanceId").orElse(null))
                .egressOnlyInternetGatewayId(
                        d.text("EgressOnlyInternetGatewayId").orElse(null))
                .vpcEndpointId(d.text("VpcEndpointId").orElse(null))
                .build();
    }

    private static ReplaceRouteRequest replaceRequest(String routeTableId, String destination, Desired d) {
        return ReplaceRouteRequest.builder()
                .routeTableId(routeTableId)
                .destinationCidrBlock(destination)
                .gatewayId(d.text("GatewayId").orElse(null))
                .natGatewayId(d.text("NatGatewayId").orElse(null))
                .transitGatewayId(d.text("TransitGatewayId").orElse(null))
                .vpcPeeringConnectionId(d.text("VpcPeeringConnectionId").orElse(null))
                .networkInterfaceId(d.text("NetworkInterfaceId").orElse(null))
                .instanceId(d.text("InstanceId").orElse(null))
                .egressOnlyInternetGatewayId(
                        d.text("EgressOnlyInternetGatewayId").orElse(null))
                .vpcEndpointId(d.text("VpcEndpointId").orElse(null))
                .build();
    }
}
