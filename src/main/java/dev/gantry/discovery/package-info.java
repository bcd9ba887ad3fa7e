/**
 * Bringing existing infrastructure in: import one resource by its identifier, discover an account's resources
 * into a change set (frames and connections reconstructed), and drift between what HEAD wants and what the cloud
 * has. Entry points {@link dev.gantry.discovery.ImportService}, {@link dev.gantry.discovery.DiscoveryService},
 * {@link dev.gantry.discovery.DriftService}; plug-in interface {@link dev.gantry.discovery.ResourceLister},
 * implemented by {@code aws}. It creates nothing in the cloud: it reads, and apply records what it adopted.
 */
@ApplicationModule(
        displayName = "Discovery",
        allowedDependencies = {"action", "catalog", "changeset", "model", "security"})
@NullMarked
package dev.gantry.discovery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
