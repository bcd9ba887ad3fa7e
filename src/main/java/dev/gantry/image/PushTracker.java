package dev.gantry.image;

import dev.gantry.model.ComponentId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one push as the engine reports it. Written by the push's thread, read by anyone; every change is
 * published, except byte counts, which are published at most every {@link #BYTES_EVERY_MILLIS} so that a big
 * layer does not flood open browser tabs.
 */
final class PushTracker {

    private static final int MAX_LINES = 200;
    private static final long BYTES_EVERY_MILLIS = 200;

    private static final Logger log = LoggerFactory.getLogger(PushTracker.class);

    private final UUID id = UUID.randomUUID();
    private final ComponentId repository;
    private final String image;
    private final String target;
    private final Consumer<PushProgress> publish;
    private final Clock clock;
    private final Instant started;
    private final Map<String, PushRun.Layer> layers = new LinkedHashMap<>();
    private final Deque<String> lines = new ArrayDeque<>();
    private PushStatus status = PushStatus.RUNNING;
    private String error;
    private String digest;
    private Instant finished;
    private long lastBytesPublished;

    PushTracker(ComponentId repository, String image, String target, Consumer<PushProgress> publish, Clock clock) {
        this.repository = repository;
        this.image = image;
        this.target = target;
        this.publish = publish;
        this.clock = clock;
        this.started = clock.instant();
    }

    UUID id() {
        return id;
    }

    ComponentId repository() {
        return repository;
    }

    void line(String line) {
        synchronized (this) {
            addLine(line);
        }
        publish(line);
    }

    /** A layer's status; a new status is a line, a new byte count of the same status only updates the layer. */
    void layer(String layerId, String layerStatus, long current, long total) {
        String line = null;
        synchronized (this) {
            PushRun.Layer before = layers.get(layerId);
            long done = isDone(layerStatus) && before != null ? Math.max(before.total(), current) : current;
            long size = Math.max(total, before == null ? 0 : before.total());
            layers.put(layerId, new PushRun.Layer(layerId, layerStatus, done, size));
            if (before == null || !before.status().equals(layerStatus)) {
                line = layerId + ": " + layerStatus;
                addLine(line);
            } else if (clock.millis() - lastBytesPublished < BYTES_EVERY_MILLIS) {
                return;
            }
            lastBytesPublished = clock.millis();
        }
        publish(line);
    }

    void digest(String pushedDigest) {
        synchronized (this) {
            digest = pushedDigest;
        }
    }

    void succeed() {
        finish(PushStatus.SUCCEEDED, null, "Pushed " + target);
    }

    void fail(String message) {
        finish(PushStatus.FAILED, message, "Failed: " + message);
    }

    synchronized PushRun snapshot() {
        long pushed = layers.values().stream().mapToLong(PushRun.Layer::current).sum();
        long total = layers.values().stream().mapToLong(PushRun.Layer::total).sum();
        return new PushRun(
                id,
                repository,
                image,
                target,
                status,
                error,
                digest,
                List.copyOf(layers.values()),
                pushed,
                total,
                new ArrayList<>(lines),
                started,
                finished);
    }

    private void finish(PushStatus outcome, String message, String line) {
        synchronized (this) {
            if (status.isFinal()) {
                return;
            }
            status = outcome;
            error = message;
            finished = clock.instant();
            addLine(line);
        }
        if (outcome == PushStatus.SUCCEEDED) {
            log.info(
                    "Image push {} of {} to {} succeeded{}",
                    id,
                    image,
                    target,
                    digest == null ? "" : " (" + digest + ")");
        } else {
            log.warn("Image push {} of {} to {} failed: {}", id, image, target, message);
        }
        publish(line);
    }

    private void addLine(String line) {
        lines.addLast(line);
        if (lines.size() > MAX_LINES) {
            lines.removeFirst();
        }
    }

    private void publish(String line) {
        PushRun now = snapshot();
        publish.accept(new PushProgress(id, repository, now.status(), line, now.bytesPushed(), now.bytesTotal()));
    }

    /** A layer the registry already has, or has just received, is wholly done whatever bytes were counted. */
    private static boolean isDone(String layerStatus) {
        return layerStatus.equals("Pushed")
                || layerStatus.equals("Layer already exists")
                || layerStatus.startsWith("Mounted from");
    }
}
