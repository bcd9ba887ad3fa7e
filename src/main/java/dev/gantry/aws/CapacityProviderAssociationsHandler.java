package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import software.amazon.awssdk.services.ecs.EcsClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::ECS::ClusterCapacityProviderAssociations, identified by the cluster. PutClusterCapacityProviders replaces
 * the cluster's whole set, so create and update are the same idempotent call; delete clears the set.
 */
final class CapacityProviderAssociationsHandler implements ResourceHandler {

    private final AwsClients clients;

    CapacityProviderAssociationsHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Desired d = Desired.of(request.desiredState());
        String cluster = d.required("Cluster");
        put(clients.ecs(request.context()), cluster, d);
        request.created(cluster);
        return read(request, cluster);
    }

    @Override
    public ResourceState read(ResourceRequest request, String cluster) {
        return EcsClusterHandler.describe(clients.ecs(request.context()), cluster)
                .filter(c -> !c.capacityProviders().isEmpty())
                .map(c -> StateBuilder.of(cluster)
                        .put("Cluster", cluster)
                        .putStrings("CapacityProviders", c.capacityProviders())
                        .put(
                                "DefaultCapacityProviderStrategy",
                                CapacityProviderStrategies.fromSdk(c.defaultCapacityProviderStrategy()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String cluster, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(java.util.Set.of("CapacityProviders", "DefaultCapacityProviderStrategy"));
        put(clients.ecs(request.context()), cluster, Desired.of(request.desiredState()));
        return read(request, cluster);
    }

    @Override
    public void delete(ResourceRequest request, String cluster) {
        EcsClient ecs = clients.ecs(request.context());
        if (EcsClusterHandler.describe(ecs, cluster).isPresent()) {
            AwsErrors.ignoringNotFound(() -> ecs.putClusterCapacityProviders(
                    r -> r.cluster(cluster).capacityProviders(List.of()).defaultCapacityProviderStrategy(List.of())));
        }
    }

    private static void put(EcsClient ecs, String cluster, Desired d) {
        var strategy = CapacityProviderStrategies.toSdk(d.objects("DefaultCapacityProviderStrategy"));
        ecs.putClusterCapacityProviders(r -> r.cluster(cluster)
                .capacityProviders(d.strings("CapacityProviders"))
                .defaultCapacityProviderStrategy(strategy == null ? List.of() : strategy));
    }
}
