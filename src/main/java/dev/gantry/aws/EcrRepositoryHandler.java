package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.EncryptionConfiguration;
import software.amazon.awssdk.services.ecr.model.Repository;
import tools.jackson.databind.node.ObjectNode;

/** AWS::ECR::Repository, identified by its name. RepositoryUri is what images are pushed to. */
final class EcrRepositoryHandler implements ResourceHandler {

    private final AwsClients clients;

    EcrRepositoryHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        EcrClient ecr = clients.ecr(request.context());
        Desired d = Desired.of(request.desiredState());
        String name = d.text("RepositoryName").orElseGet(() -> ClientTokens.generatedName(request, 256));
        UniqueNames.create(
                () -> ecr.createRepository(r -> r.repositoryName(name)
                        .imageTagMutability(d.text("ImageTagMutability").orElse(null))
                        .imageScanningConfiguration(
                                s -> s.scanOnPush(scanOnPush(d).orElse(false)))
                        .encryptionConfiguration(encryption(d))
                        .tags(EcrTags.toSdk(Tag.forCreate(request)))),
                "RepositoryAlreadyExistsException",
                () -> describe(ecr, name)
                        .map(repo -> EcrTags.isOwned(ecr, repo.repositoryArn(), request))
                        .orElse(false));
        request.created(name);
        applyPolicies(ecr, name, d);
        return read(request, name);
    }

    @Override
    public ResourceState read(ResourceRequest request, String name) {
        EcrClient ecr = clients.ecr(request.context());
        return describe(ecr, name)
                .map(repo -> StateBuilder.of(repo.repositoryName())
                        .put("RepositoryName", repo.repositoryName())
                        .put("Arn", repo.repositoryArn())
                        .put("RepositoryUri", repo.repositoryUri())
                        .put("ImageTagMutability", repo.imageTagMutabilityAsString())
                        .put(
                                "ImageScanningConfiguration",
                                repo.imageScanningConfiguration() == null
                                        ? null
                                        : Desired.newObject()
                                                .put(
                                                        "ScanOnPush",
                                                        repo.imageScanningConfiguration()
                                                                .scanOnPush()))
                        .putTags(EcrTags.read(ecr, repo.repositoryArn()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String name, ObjectNode previous) {
        Changes changes = Changes.between(request.resourceType(), previous, request.desiredState());
        changes.requireOnly(Set.of(
                "ImageTagMutability",
                "ImageScanningConfiguration",
                "RepositoryPolicyText",
                "LifecyclePolicy",
                "EmptyOnDelete",
                "Tags"));
        EcrClient ecr = clients.ecr(request.context());
        Desired d = Desired.of(request.desiredState());
        if (changes.has("ImageTagMutability")) {
            ecr.putImageTagMutability(r -> r.repositoryName(name).imageTagMutability(d.required("ImageTagMutability")));
        }
        if (changes.has("ImageScanningConfiguration")) {
            ecr.putImageScanningConfiguration(r -> r.repositoryName(name)
                    .imageScanningConfiguration(s -> s.scanOnPush(scanOnPush(d).orElse(false))));
        }
        if (changes.has("RepositoryPolicyText")
                && d.text("RepositoryPolicyText").isEmpty()) {
            AwsErrors.ignoringNotFound(() -> ecr.deleteRepositoryPolicy(r -> r.repositoryName(name)));
        }
        applyPolicies(ecr, name, d);
        describe(ecr, name)
                .ifPresent(repo -> EcrTags.update(ecr, repo.repositoryArn(), previous, request.desiredState()));
        return read(request, name);
    }

    /** EmptyOnDelete decides whether images go with the repository (force) or the delete fails while any remain. */
    @Override
    public void delete(ResourceRequest request, String name) {
        boolean force = Desired.of(request.desiredState()).bool("EmptyOnDelete").orElse(false);
        AwsErrors.ignoringNotFound(() -> clients.ecr(request.context())
                .deleteRepository(r -> r.repositoryName(name).force(force)));
    }

    private static void applyPolicies(EcrClient ecr, String name, Desired d) {
        d.document("RepositoryPolicyText")
                .ifPresent(policy ->
                        ecr.setRepositoryPolicy(r -> r.repositoryName(name).policyText(policy)));
        d.object("LifecyclePolicy")
                .flatMap(l -> l.document("LifecyclePolicyText"))
                .ifPresent(policy ->
                        ecr.putLifecyclePolicy(r -> r.repositoryName(name).lifecyclePolicyText(policy)));
    }

    private static EncryptionConfiguration encryption(Desired d) {
        return d.object("EncryptionConfiguration")
                .map(e -> EncryptionConfiguration.builder()
                        .encryptionType(e.required("EncryptionType"))
                        .kmsKey(e.text("KmsKey").orElse(null))
                        .build())
                .orElse(null);
    }

    private static Optional<Boolean> scanOnPush(Desired d) {
        return d.object("ImageScanningConfiguration").flatMap(s -> s.bool("ScanOnPush"));
    }

    static Optional<Repository> describe(EcrClient ecr, String name) {
        return AwsErrors.unlessNotFound(() ->
                        ecr.describeRepositories(r -> r.repositoryNames(name)).repositories())
                .flatMap(repositories -> repositories.stream().findFirst());
    }
}
