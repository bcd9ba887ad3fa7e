package dev.gantry.template;

import dev.gantry.model.ComponentType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What a template describes, as the components and connections to make, before anything is made. */
final class ImportPlan {

    /** One input fed by one output of another planned component ({@code Ref}, {@code GetAtt}, a folded part). */
    record Feed(String input, String sourceKey, String output) {}

    /** A component to make: a resource, or a part folded into one (a sub-asset, a statement, a policy). */
    static final class Planned {
        final String key;
        final String resource;
        final String name;
        final String asset;

        @Nullable
        ComponentType type;

        /** The frame its metadata names; null when the template has no Gantry metadata for it. */
        @Nullable
        String metadataParent;

        boolean hasMetadata;

        /** Inputs the metadata says were fed by drawn edges, lower-cased: connected explicitly whatever frames give. */
        final java.util.Set<String> drawn = new java.util.HashSet<>();

        /** For a part without metadata: the component it feeds, whose frame it shares. */
        @Nullable
        String consumer;

        final ObjectNode values = JsonNodeFactory.instance.objectNode();
        final List<Feed> feeds = new ArrayList<>();

        Planned(String key, String resource, String name, String asset) {
            this.key = key;
            this.resource = resource;
            this.name = name;
            this.asset = asset;
        }

        /** The keys this component's place depends on: its frame, or the components it might go inside. */
        List<String> placedAfter() {
            if (metadataParent != null) {
                return List.of(metadataParent);
            }
            if (consumer != null) {
                return List.of(consumer);
            }
            return feeds.stream().map(Feed::sourceKey).toList();
        }
    }
}
