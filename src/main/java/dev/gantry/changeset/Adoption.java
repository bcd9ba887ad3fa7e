package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * An existing cloud resource to bring into a change set as a component that adopts it (import by id).
 *
 * @param parent     the frame it goes in, or null
 * @param identifier the resource's identifier as the cloud reported it
 * @param properties the resource as the cloud reported it (CloudFormation shape); its writable properties become
 *                   the component's values
 */
public record Adoption(
        String name, String assetName, @Nullable ComponentId parent, String identifier, ObjectNode properties) {}
