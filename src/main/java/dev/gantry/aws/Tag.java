package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource tag. Everything Gantry creates without a client token carries two of its own: the component's id (so
 * people can see who owns it) and the action's idempotency token (so a create repeated after a crash finds what the
 * first attempt made instead of making a second one).
 */
record Tag(String key, String value) {

    static final String COMPONENT_ID = "gantry:component-id";
    static final String TOKEN = "gantry:idempotency-token";

    /** The user's Tags from the desired state plus Gantry's ownership tags. */
    static List<Tag> forCreate(ResourceRequest request) {
        List<Tag> tags = new ArrayList<>(Desired.of(request.desiredState()).tags());
        tags.add(new Tag(COMPONENT_ID, request.componentId()));
        tags.add(new Tag(TOKEN, request.idempotencyToken()));
        return tags;
    }

    static boolean isGantryTag(String key) {
        return key.startsWith("gantry:");
    }
}
