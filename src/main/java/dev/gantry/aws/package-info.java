/**
 * The AWS provider: implements {@code action}'s {@link dev.gantry.action.ResourceProvider}, {@code discovery}'s
 * {@link dev.gantry.discovery.ResourceLister} and {@code image}'s {@link dev.gantry.image.RegistryCredentials}. The only module that imports the AWS SDK. It knows nothing of
 * change sets: what to call and as whom arrives in a {@link dev.gantry.action.ResourceRequest} or a
 * {@link dev.gantry.action.CloudContext}.
 */
@ApplicationModule(
        displayName = "AWS provider",
        allowedDependencies = {"action", "discovery", "image", "model"})
@NullMarked
package dev.gantry.aws;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
