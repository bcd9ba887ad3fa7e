package dev.gantry.image;

import dev.gantry.model.ComponentId;

/**
 * Logs in to the registry of an ECR repository component on HEAD, with the region and credentials the
 * component resolves to. Implemented by the AWS provider, so that this module never touches the AWS SDK.
 */
public interface RegistryCredentials {

    /** A fresh login; failures come out in the cloud's words. */
    RegistryLogin loginFor(ComponentId repository);
}
