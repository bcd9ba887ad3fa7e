/**
 * The REST API under {@code /api}: controllers over the modules' services, RFC 9457 problem bodies for every
 * refusal ({@code ApiProblems}), the OpenAPI document at {@code /v3/api-docs}.
 */
@ApplicationModule(
        displayName = "REST API",
        allowedDependencies = {"action", "catalog", "changeset", "discovery", "image", "model", "security", "template"})
@NullMarked
package dev.gantry.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
