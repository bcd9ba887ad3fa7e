package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ClusterSetting;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::ECS::Cluster, identified by its name. ECS answers a repeated CreateCluster for an active cluster of the same
 * name with that cluster, so a create repeated after a crash is harmless; the name is generated from the component
 * when the user gives none, so it is stable too.
 */
final class EcsClusterHandler implements ResourceHandler {

    private final AwsClients clients;

    EcsClusterHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        EcsClient ecs = clients.ecs(request.context());
        Desired d = Desired.of(request.desiredState());
        String name = d.text("ClusterName").orElseGet(() -> ClientTokens.generatedName(request, 255));
        if (describe(ecs, name).filter(c -> EcsTags.isOwned(c.tags(), request)).isEmpty()) {
            ecs.createCluster(r -> r.clusterName(name)
                    .settings(settings(d))
                    .capacityProviders(d.strings("CapacityProviders").isEmpty() ? null : d.strings("CapacityProviders"))
                    .defaultCapacityProviderStrategy(
                            CapacityProviderStrategies.toSdk(d.objects("DefaultCapacityProviderStrategy")))
                    .tags(EcsTags.forCreate(request)));
        }
        request.created(name);
        return read(request, name);
    }

    @Override
    public ResourceState read(ResourceRequest request, String name) {
        return describe(clients.ecs(request.context()), name)
                .map(cluster -> StateBuilder.of(cluster.clusterName())
                        .put("ClusterName", cluster.clusterName())
                        .put("Arn", cluster.clusterArn())
                        .putStrings("CapacityProviders", cluster.capacityProviders())
                        .putTags(EcsTags.fromSdk(cluster.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String name, ObjectNode previous) {
        Changes changes = Changes.between(request.resourceType(), previous, request.desiredState());
        changes.requireOnly(Set.of("ClusterSettings", "Tags"));
        EcsClient ecs = clients.ecs(request.context());
        if (changes.has("ClusterSettings")) {
            ecs.updateClusterSettings(r -> r.cluster(name).settings(settings(Desired.of(request.desiredState()))));
        }
        ResourceState state = read(request, name);
        EcsTags.update(ecs, state.properties().get("Arn").asString(), previous, request.desiredState());
        return read(request, name);
    }

    @Override
    public void delete(ResourceRequest request, String name) {
        AwsErrors.ignoringNotFound(() -> clients.ecs(request.context()).deleteCluster(r -> r.cluster(name)));
    }

    /** The cluster unless it is missing or INACTIVE (ECS keeps deleted clusters visible for a while). */
    static Optional<Cluster> describe(EcsClient ecs, String name) {
        return ecs.describeClusters(r -> r.clusters(name).include(ClusterField.TAGS)).clusters().stream()
                .filter(c -> !"INACTIVE".equals(c.status()))
                .findFirst();
    }

    private static List<ClusterSetting> settings(Desired d) {
        List<ClusterSetting> settings = d.objects("ClusterSettings").stream()
                .map(s -> ClusterSetting.builder()
                        .name(s.required("Name"))
                        .value(s.required("Value"))
                        .build())
                .toList();
        return settings.isEmpty() ? null : settings;
    }
}
