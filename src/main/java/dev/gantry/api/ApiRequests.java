package dev.gantry.api;

import dev.gantry.changeset.Conflict;
import dev.gantry.model.ResourceStatus;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;

/**
 * The request bodies of the REST API. A field a request cannot do without is checked as the body is read, so
 * that leaving it out is a 400 naming it ({@link MissingFieldException}), not a 404 about {@code null}.
 */
final class ApiRequests {

    private ApiRequests() {
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new MissingFieldException(field);
        }
        return value;
    }

    record CreateChangeSet(String name) {
    }

    /** {@code type}: component, down frame or up frame; x/y relative to the parent frame. */
    record CreateComponent(String name, String asset, String type, UUID parent, Double x, Double y, Double width,
                           Double height, ObjectNode properties) {
        CreateComponent {
            required(asset, "asset");
        }
    }

    record Rename(String name) {
        Rename {
            required(name, "name");
        }
    }

    record Position(Double x, Double y) {
        Position {
            required(x, "x");
            required(y, "y");
        }
    }

    record Size(Double width, Double height) {
        Size {
            required(width, "width");
            required(height, "height");
        }
    }

    /** {@code parent} null puts the component on the canvas, outside every frame. */
    record Parent(UUID parent) {
    }

    record Type(String type) {
        Type {
            required(type, "type");
        }
    }

    /** {@code dx}/{@code dy}: how far the copies land from the originals; 0 when left out. */
    record Paste(List<UUID> selection, UUID parent, Double dx, Double dy) {
        Paste {
            required(selection, "selection");
            dx = dx == null ? 0 : dx;
            dy = dy == null ? 0 : dy;
        }
    }

    record Connect(UUID from, String output, UUID to, String input) {
        Connect {
            required(from, "from");
            required(output, "output");
            required(to, "to");
            required(input, "input");
        }
    }

    record ResolveConflict(UUID componentId, String field, Conflict.Resolution resolution) {
        ResolveConflict {
            required(componentId, "componentId");
            required(field, "field");
            required(resolution, "resolution");
        }
    }

    record RecordResource(String identifier, ResourceStatus status, String message, ObjectNode payload,
                          ObjectNode attributes) {
    }

    /** {@code image}: a local image's name or id; {@code tag}: defaults to {@code latest}. */
    record PushImage(String image, String tag) {
        PushImage {
            required(image, "image");
        }
    }
}
