package dev.gantry.image;

import dev.gantry.model.ComponentId;
import java.util.UUID;

/**
 * Published as a Spring event whenever a push moves on, so that views and API clients can follow it; the whole
 * run is {@link ImagePushService#pushRun(UUID)}.
 *
 * @param line the status line that caused the event ({@code a1b2c3: Pushed}); null for a byte count update
 */
public record PushProgress(
        UUID pushId, ComponentId repository, PushStatus status, String line, long bytesPushed, long bytesTotal) {}
