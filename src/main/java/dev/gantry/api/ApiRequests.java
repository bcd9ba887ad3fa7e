package dev.gantry.api;

import dev.gantry.changeset.Conflict;
import dev.gantry.model.ResourceStatus;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;

/** The request bodies of the REST API. */
final class ApiRequests {

    private ApiRequests() {
    }

    record CreateChangeSet(String name) {
    }

    /** {@code type}: component, down frame or up frame; x/y relative to the parent frame. */
    record CreateComponent(String name, String asset, String type, UUID parent, Double x, Double y, Double width,
                           Double height, ObjectNode properties) {
    }

    record Rename(String name) {
    }

    record Position(double x, double y) {
    }

    record Size(double width, double height) {
    }

    /** {@code parent} null puts the component on the canvas, outside every frame. */
    record Parent(UUID parent) {
    }

    record Type(String type) {
    }

    record Paste(List<UUID> selection, UUID parent, double dx, double dy) {
    }

    record Connect(UUID from, String output, UUID to, String input) {
    }

    record ResolveConflict(UUID componentId, String field, Conflict.Resolution resolution) {
    }

    record RecordResource(String identifier, ResourceStatus status, String message, ObjectNode payload,
                          ObjectNode attributes) {
    }

    /** {@code image}: a local image's name or id; {@code tag}: defaults to {@code latest}. */
    record PushImage(String image, String tag) {
    }
}
