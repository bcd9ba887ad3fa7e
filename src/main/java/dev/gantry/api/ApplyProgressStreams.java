package dev.gantry.api;

import dev.gantry.action.ActionProgressed;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent event streams of apply progress, one list of listeners per run. */
@Component
class ApplyProgressStreams {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final Map<UUID, List<SseEmitter>> streams = new ConcurrentHashMap<>();

    SseEmitter open(UUID runId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        List<SseEmitter> listeners = streams.computeIfAbsent(runId, id -> new CopyOnWriteArrayList<>());
        listeners.add(emitter);
        Runnable forget = () -> listeners.remove(emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(e -> forget.run());
        return emitter;
    }

    /** Open streams would hold a graceful shutdown for its whole timeout: end them first. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.values().forEach(listeners -> listeners.forEach(SseEmitter::complete));
        streams.clear();
    }

    @EventListener
    void on(ActionProgressed progress) {
        for (SseEmitter emitter : streams.getOrDefault(progress.applyRunId(), List.of())) {
            try {
                emitter.send(SseEmitter.event().name("action").data(progress));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        }
    }
}
