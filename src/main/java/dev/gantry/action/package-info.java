/**
 * Apply: the plan (a DAG from data flow), its parallel persisted run, retries and holds. Entry point
 * {@link dev.gantry.action.ApplyService}; plug-in interface {@link dev.gantry.action.ResourceProvider} (with
 * {@link dev.gantry.action.ResourceRequest}, {@link dev.gantry.action.ResourceState},
 * {@link dev.gantry.action.CloudContext}, {@link dev.gantry.action.ProviderException}), implemented by
 * {@code aws}.
 */
@ApplicationModule(
        displayName = "Action",
        allowedDependencies = {"catalog", "changeset", "model", "secret", "security"})
@NullMarked
package dev.gantry.action;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
