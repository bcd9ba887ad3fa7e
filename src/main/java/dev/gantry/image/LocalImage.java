package dev.gantry.image;

import java.time.Instant;
import java.util.List;

/**
 * An image the local Docker engine holds, as {@code docker images} lists it.
 *
 * @param id       the image id ({@code sha256:…})
 * @param repoTags its names ({@code hello-world:latest}); empty for an untagged image
 * @param size     bytes on disk
 * @param created  when the image was built
 */
public record LocalImage(String id, List<String> repoTags, long size, Instant created) {

    public LocalImage {
        repoTags = List.copyOf(repoTags);
    }

    /** What a user types to name it: its first tag, or the short id of an untagged image. */
    public String name() {
        return repoTags.isEmpty() ? shortId() : repoTags.getFirst();
    }

    public String shortId() {
        String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
