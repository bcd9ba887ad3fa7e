/**
 * Image push: a local Docker image pushed to an applied ECR repository, with progress. The only module that
 * imports docker-java. Entry point {@link dev.gantry.image.ImagePushService}; plug-in interface
 * {@link dev.gantry.image.RegistryCredentials}, implemented by {@code aws}. Reads the repository from HEAD through
 * {@code changeset}'s {@link dev.gantry.changeset.ComponentService}, on purpose: a push targets what HEAD holds.
 */
@ApplicationModule(
        displayName = "Image",
        allowedDependencies = {"changeset", "model"})
@NullMarked
package dev.gantry.image;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
