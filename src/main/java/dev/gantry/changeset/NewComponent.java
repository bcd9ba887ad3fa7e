package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Geometry;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a user asks for when adding a component.
 *
 * @param type       {@code component}, {@code down frame} or {@code up frame} (the guides' spellings work too);
 *                   null means component
 * @param parent     the frame to put it in, or null
 * @param geometry   position relative to the parent frame and size; null for the default
 * @param properties initial property values, checked like any edit; may be null
 */
public record NewComponent(
        String name, String assetName, String type, ComponentId parent, Geometry geometry, ObjectNode properties) {}
