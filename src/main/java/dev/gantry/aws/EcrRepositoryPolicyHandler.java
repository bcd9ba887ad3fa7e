package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import software.amazon.awssdk.services.ecr.EcrClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gantry's hand-written {@code AWS ECR Private Repository Policy}: the repository policy as a resource of its own,
 * identified by the repository's name. SetRepositoryPolicy replaces the whole policy, so create and update are the
 * same idempotent call.
 */
final class EcrRepositoryPolicyHandler implements ResourceHandler {

    private final AwsClients clients;

    EcrRepositoryPolicyHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Desired d = Desired.of(request.desiredState());
        String name = d.required("RepositoryName");
        set(clients.ecr(request.context()), name, d);
        request.created(name);
        return read(request, name);
    }

    @Override
    public ResourceState read(ResourceRequest request, String name) {
        EcrClient ecr = clients.ecr(request.context());
        return AwsErrors.unlessNotFound(() -> ecr.getRepositoryPolicy(r -> r.repositoryName(name)))
                .map(policy -> StateBuilder.of(name)
                        .put("RepositoryName", policy.repositoryName())
                        .put("RegistryId", policy.registryId())
                        .put("PolicyText", PolicyDocuments.parse(policy.policyText()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String name, ObjectNode previous) {
        set(clients.ecr(request.context()), name, Desired.of(request.desiredState()));
        return read(request, name);
    }

    @Override
    public void delete(ResourceRequest request, String name) {
        AwsErrors.ignoringNotFound(
                () -> clients.ecr(request.context()).deleteRepositoryPolicy(r -> r.repositoryName(name)));
    }

    private static void set(EcrClient ecr, String name, Desired d) {
        String policy = PolicyDocuments.find(d, "PolicyText", "PolicyDocument", "Policy")
                .orElseThrow(() -> new ProviderException("The repository policy has no statements", false, null));
        ecr.setRepositoryPolicy(r -> r.repositoryName(name).policyText(policy));
    }
}
