package dev.gantry.image;

import dev.gantry.model.ComponentId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A push of a local image to an ECR repository, as it stands now.
 *
 * @param image       the local image the user picked ({@code hello-world:latest} or an id)
 * @param target      where it goes: {@code repositoryUri:tag}
 * @param error       the engine's (or AWS's) own words when the push failed
 * @param digest      the pushed manifest's digest, once the registry has it
 * @param bytesPushed bytes uploaded so far over all layers (layers the registry already had count as done)
 * @param lines       the status lines of the push, oldest first (per-byte progress is in {@code layers})
 */
public record PushRun(
        UUID id,
        ComponentId repository,
        String image,
        String target,
        PushStatus status,
        String error,
        String digest,
        List<Layer> layers,
        long bytesPushed,
        long bytesTotal,
        List<String> lines,
        Instant started,
        Instant finished) {

    /** One layer of the image: the engine's short id, its latest status ({@code Pushing}, {@code Pushed}). */
    public record Layer(String id, String status, long current, long total) {}

    /** Progress between 0 and 1 over the bytes of the layers the engine reported sizes for. */
    public double fractionDone() {
        if (status == PushStatus.SUCCEEDED) {
            return 1;
        }
        return bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesPushed / bytesTotal);
    }
}
