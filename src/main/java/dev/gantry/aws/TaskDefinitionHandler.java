package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::ECS::TaskDefinition, identified by the revision's ARN. Every RegisterTaskDefinition makes a new revision,
 * so a repeated create first looks through the family's active revisions for this action's token tag. Like in
 * CloudFormation, every property but Tags is replaced, not updated: delete deregisters the revision.
 */
final class TaskDefinitionHandler implements ResourceHandler {

    private final AwsClients clients;

    TaskDefinitionHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        EcsClient ecs = clients.ecs(request.context());
        Desired d = Desired.of(request.desiredState());
        String family = d.text("Family").orElseGet(() -> ClientTokens.generatedName(request, 255));
        String arn = findOwned(ecs, family, request)
                .orElseGet(() -> ecs.registerTaskDefinition(registerRequest(request, family, d))
                        .taskDefinition()
                        .taskDefinitionArn());
        request.created(arn);
        return read(request, arn);
    }

    @Override
    public ResourceState read(ResourceRequest request, String arn) {
        return describe(clients.ecs(request.context()), arn)
                .filter(r -> r.taskDefinition().status() == TaskDefinitionStatus.ACTIVE)
                .map(TaskDefinitionHandler::state)
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String arn, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Tags"));
        EcsTags.update(clients.ecs(request.context()), arn, previous, request.desiredState());
        return read(request, arn);
    }

    @Override
    public void delete(ResourceRequest request, String arn) {
        EcsClient ecs = clients.ecs(request.context());
        if (read(request, arn).exists()) {
            ecs.deregisterTaskDefinition(r -> r.taskDefinition(arn));
        }
    }

    private Optional<String> findOwned(EcsClient ecs, String family, ResourceRequest request) {
        List<String> arns = ecs.listTaskDefinitions(r -> r.familyPrefix(family)
                        .status(TaskDefinitionStatus.ACTIVE)
                        .sort(SortOrder.DESC))
                .taskDefinitionArns();
        return arns.stream()
                .map(arn -> describe(ecs, arn))
                .flatMap(Optional::stream)
                .filter(r -> EcsTags.isOwned(r.tags(), request))
                .map(r -> r.taskDefinition().taskDefinitionArn())
                .findFirst();
    }

    private static Optional<DescribeTaskDefinitionResponse> describe(EcsClient ecs, String arn) {
        return AwsErrors.unlessNotFound(
                () -> ecs.describeTaskDefinition(r -> r.taskDefinition(arn).include(TaskDefinitionField.TAGS)));
    }

    private static RegisterTaskDefinitionRequest registerRequest(ResourceRequest request, String family, Desired d) {
        RegisterTaskDefinitionRequest.Builder register = RegisterTaskDefinitionRequest.builder()
                .family(family)
                .cpu(d.text("Cpu").orElse(null))
                .memory(d.text("Memory").orElse(null))
                .networkMode(d.text("NetworkMode").orElse(null))
                .requiresCompatibilitiesWithStrings(d.strings("RequiresCompatibilities"))
                .executionRoleArn(d.text("ExecutionRoleArn").orElse(null))
                .taskRoleArn(d.text("TaskRoleArn").orElse(null))
                .containerDefinitions(ContainerDefinitions.toSdk(d.objects("ContainerDefinitions")))
                .tags(EcsTags.forCreate(request));
        d.object("RuntimePlatform")
                .ifPresent(platform -> register.runtimePlatform(
                        p -> p.cpuArchitecture(platform.text("CpuArchitecture").orElse(null))
                                .operatingSystemFamily(
                                        platform.text("OperatingSystemFamily").orElse(null))));
        return register.build();
    }

    private static ResourceState state(DescribeTaskDefinitionResponse response) {
        var td = response.taskDefinition();
        ObjectNode platform = td.runtimePlatform() == null
                ? null
                : Desired.newObject()
                        .put("CpuArchitecture", td.runtimePlatform().cpuArchitectureAsString())
                        .put("OperatingSystemFamily", td.runtimePlatform().operatingSystemFamilyAsString());
        return StateBuilder.of(td.taskDefinitionArn())
                .put("TaskDefinitionArn", td.taskDefinitionArn())
                .put("Family", td.family())
                .put("Revision", td.revision())
                .put("Cpu", td.cpu())
                .put("Memory", td.memory())
                .put("NetworkMode", td.networkModeAsString())
                .putStrings("RequiresCompatibilities", td.requiresCompatibilitiesAsStrings())
                .put("ExecutionRoleArn", td.executionRoleArn())
                .put("TaskRoleArn", td.taskRoleArn())
                .put("ContainerDefinitions", ContainerDefinitions.fromSdk(td.containerDefinitions()))
                .put("RuntimePlatform", platform)
                .putTags(EcsTags.fromSdk(response.tags()))
                .build();
    }
}
