package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::ECS::Service, identified as CloudFormation does by {@code ServiceArn|Cluster}. Created with a client token;
 * a repeated create also finds the service by name and token tag (emulators ignore client tokens). Waits for a
 * steady state when configured to ({@link EcsSteadyState}); its resource data shows running, pending and desired
 * counts and ECS's latest events either way.
 */
final class EcsServiceHandler implements ResourceHandler {

    private static final int LATEST_EVENTS = 5;

    private final AwsClients clients;
    private final Poller poller;
    private final EcsSteadyState steadyState;

    EcsServiceHandler(AwsClients clients, Poller poller, EcsSteadyState steadyState) {
        this.clients = clients;
        this.poller = poller;
        this.steadyState = steadyState;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        EcsClient ecs = clients.ecs(request.context());
        Desired d = Desired.of(request.desiredState());
        String cluster = d.text("Cluster").orElse("default");
        String name = d.text("ServiceName").orElseGet(() -> ClientTokens.generatedName(request, 255));
        String arn = describe(ecs, cluster, name)
                .filter(s -> EcsTags.isOwned(s.tags(), request))
                .map(Service::serviceArn)
                .orElseGet(() -> ecs.createService(createRequest(request, cluster, name, d))
                        .service()
                        .serviceArn());
        request.created(arn + "|" + cluster);
        steadyState.await(request, ecs, cluster, arn);
        return read(request, arn + "|" + cluster);
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        String[] parts = identifier.split("\\|", 2);
        return describe(clients.ecs(request.context()), parts[1], parts[0])
                .map(s -> StateBuilder.of(identifier)
                        .put("ServiceArn", s.serviceArn())
                        .put("Name", s.serviceName())
                        .put("ServiceName", s.serviceName())
                        .put("Cluster", parts[1])
                        .put("TaskDefinition", s.taskDefinition())
                        .put("DesiredCount", s.desiredCount())
                        .put("RunningCount", s.runningCount())
                        .put("PendingCount", s.pendingCount())
                        .put("Status", s.status())
                        .put("Events", latestEvents(s))
                        .put("LaunchType", s.launchTypeAsString())
                        .put("NetworkConfiguration", EcsServiceShapes.fromSdk(s.networkConfiguration()))
                        .put("LoadBalancers", EcsServiceShapes.fromSdk(s.loadBalancers()))
                        .putTags(EcsTags.fromSdk(s.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of(
                        "DesiredCount",
                        "TaskDefinition",
                        "NetworkConfiguration",
                        "LoadBalancers",
                        "HealthCheckGracePeriodSeconds",
                        "CapacityProviderStrategy",
                        "PlatformVersion",
                        "EnableExecuteCommand",
                        "Tags"));
        String[] parts = identifier.split("\\|", 2);
        Desired d = Desired.of(request.desiredState());
        EcsClient ecs = clients.ecs(request.context());
        ecs.updateService(UpdateServiceRequest.builder()
                .cluster(parts[1])
                .service(parts[0])
                .desiredCount(d.integer("DesiredCount").orElse(null))
                .taskDefinition(d.text("TaskDefinition").orElse(null))
                .networkConfiguration(EcsServiceShapes.networkConfiguration(d))
                .loadBalancers(EcsServiceShapes.loadBalancers(d))
                .healthCheckGracePeriodSeconds(
                        d.integer("HealthCheckGracePeriodSeconds").orElse(null))
                .capacityProviderStrategy(CapacityProviderStrategies.toSdk(d.objects("CapacityProviderStrategy")))
                .platformVersion(d.text("PlatformVersion").orElse(null))
                .enableExecuteCommand(d.bool("EnableExecuteCommand").orElse(null))
                .build());
        EcsTags.update(ecs, parts[0], previous, request.desiredState());
        steadyState.await(request, ecs, parts[1], parts[0]);
        return read(request, identifier);
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        String[] parts = identifier.split("\\|", 2);
        EcsClient ecs = clients.ecs(request.context());
        if (describe(ecs, parts[1], parts[0]).isEmpty()) {
            return;
        }
        ecs.deleteService(r -> r.cluster(parts[1]).service(parts[0]).force(true));
        // Until the service has drained, its cluster cannot be deleted.
        poller.untilTrue(
                "ECS service to be deleted",
                () -> describe(ecs, parts[1], parts[0]).isEmpty());
    }

    private static CreateServiceRequest createRequest(ResourceRequest request, String cluster, String name, Desired d) {
        List<LoadBalancer> loadBalancers = EcsServiceShapes.loadBalancers(d);
        NetworkConfiguration network = EcsServiceShapes.networkConfiguration(d);
        return CreateServiceRequest.builder()
                .clientToken(ClientTokens.of(request, 36))
                .cluster(cluster)
                .serviceName(name)
                .taskDefinition(d.text("TaskDefinition").orElse(null))
                .desiredCount(d.integer("DesiredCount").orElse(null))
                .launchType(d.text("LaunchType").orElse(null))
                .capacityProviderStrategy(CapacityProviderStrategies.toSdk(d.objects("CapacityProviderStrategy")))
                .platformVersion(d.text("PlatformVersion").orElse(null))
                .schedulingStrategy(d.text("SchedulingStrategy").orElse(null))
                .healthCheckGracePeriodSeconds(
                        d.integer("HealthCheckGracePeriodSeconds").orElse(null))
                .propagateTags(d.text("PropagateTags").orElse(null))
                .enableExecuteCommand(d.bool("EnableExecuteCommand").orElse(null))
                .networkConfiguration(network)
                .loadBalancers(loadBalancers)
                .tags(EcsTags.forCreate(request))
                .build();
    }

    /** ECS's own account of what the service is doing ("has reached a steady state", "unable to place a task"). */
    private static ArrayNode latestEvents(Service service) {
        ArrayNode events = Desired.newObject().arrayNode();
        service.events().stream()
                .limit(LATEST_EVENTS)
                .forEach(e -> events.addObject()
                        .put(
                                "CreatedAt",
                                e.createdAt() == null ? null : e.createdAt().toString())
                        .put("Message", e.message()));
        return events;
    }

    /** The service unless it is missing or INACTIVE (ECS keeps deleted services visible for a while). */
    private static Optional<Service> describe(EcsClient ecs, String cluster, String service) {
        return AwsErrors.unlessNotFound(() -> ecs.describeServices(
                                r -> r.cluster(cluster).services(service).include(ServiceField.TAGS))
                        .services())
                .flatMap(services -> services.stream()
                        .filter(s -> !"INACTIVE".equals(s.status()))
                        .findFirst());
    }
}
