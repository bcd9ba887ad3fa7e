/**
 * Secrets at rest: {@link dev.gantry.secret.SecretBox} seals and opens values with the instance's key. Depends
 * on no other module.
 */
@ApplicationModule(
        displayName = "Secret",
        allowedDependencies = {})
@NullMarked
package dev.gantry.secret;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
