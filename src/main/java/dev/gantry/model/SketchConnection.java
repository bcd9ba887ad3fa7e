package dev.gantry.model;

import java.util.UUID;

/** A connection drawn on the foundation's sample diagram, from an output socket to an input socket. */
public record SketchConnection(UUID id, String sourceNode, String sourceSocket, String targetNode, String targetSocket) {
}
