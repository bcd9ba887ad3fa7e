package dev.gantry.aws;

import dev.gantry.action.CloudContext;
import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.ResourceService;
import dev.gantry.image.RegistryCredentials;
import dev.gantry.image.RegistryLogin;
import dev.gantry.model.ComponentId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Registry logins for image pushes: ECR's authorization token, asked for with the region and AWS Credential the
 * repository component resolves to on HEAD, exactly as apply calls AWS for it.
 */
@Component
class EcrRegistryCredentials implements RegistryCredentials {

    private final ResourceService resources;
    private final AwsProvider provider;

    EcrRegistryCredentials(ResourceService resources, AwsProvider provider) {
        this.resources = resources;
        this.provider = provider;
    }

    @Override
    public RegistryLogin loginFor(ComponentId repository) {
        return provider.registryLogin(context(resources.desiredResource(repository)));
    }

    /** The same context apply builds (action's HeadWorkspace): static keys unless the credential says default chain. */
    private static CloudContext context(DesiredResource desired) {
        Optional<DesiredResource.CredentialValues> credential = desired.credential()
                .filter(c -> !c.useDefaultChain());
        Optional<CloudContext.StaticCredentials> keys = credential.flatMap(c -> c.accessKeyId().flatMap(id ->
                c.secretAccessKey().map(secret -> new CloudContext.StaticCredentials(id, secret, c.sessionToken()))));
        return new CloudContext(desired.region().orElse(null), keys,
                desired.credential().flatMap(DesiredResource.CredentialValues::roleArn), Optional.empty());
    }
}
