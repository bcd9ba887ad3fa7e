package dev.gantry.aws;

import dev.gantry.action.CloudContexts;
import dev.gantry.image.RegistryCredentials;
import dev.gantry.image.RegistryLogin;
import dev.gantry.model.ComponentId;
import org.springframework.stereotype.Component;

/**
 * Registry logins for image pushes: ECR's authorization token, asked for with the region and AWS Credential the
 * repository component resolves to on HEAD, exactly as apply calls AWS for it.
 */
@Component
class EcrRegistryCredentials implements RegistryCredentials {

    private final CloudContexts contexts;
    private final AwsProvider provider;

    EcrRegistryCredentials(CloudContexts contexts, AwsProvider provider) {
        this.contexts = contexts;
        this.provider = provider;
    }

    @Override
    public RegistryLogin loginFor(ComponentId repository) {
        return provider.registryLogin(contexts.forComponent(repository));
    }
}
