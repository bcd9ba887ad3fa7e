package dev.gantry.changeset;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Application events that every instance sharing the database sees, not only the one where they happened: an edit
 * through instance A reaches the canvases and event streams open on instance B. An event {@link #share}d here goes
 * out through PostgreSQL ({@code NOTIFY gantry_events}, delivered when the sending statement commits); every other
 * instance's {@link InstanceEventListener} publishes it again as a Spring event there. Only the types
 * {@link #register}ed are accepted, and an event never comes back to the instance that sent it.
 *
 * <p>PostgreSQL drops a payload over 8,000 bytes: an event that large is sent {@linkplain #shrink smaller}
 * (listeners of change-set events reload the change set; the ids only narrow what changed).
 */
@Component
public class SharedEvents {

    static final String CHANNEL = "gantry_events";
    private static final int MAX_PAYLOAD = 7_900;
    private static final Logger log = LoggerFactory.getLogger(SharedEvents.class);
    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    private final JdbcClient jdbc;
    private final GantryInstance instance;
    private final JsonMapper json = JsonMapper.shared();
    private final Map<String, Class<?>> accepted = new ConcurrentHashMap<>();
    /** One sender, off the request thread, in order; and outside any transaction, so each NOTIFY commits at once. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("shared-events").daemon().factory());

    SharedEvents(JdbcClient jdbc, GantryInstance instance) {
        this.jdbc = jdbc;
        this.instance = instance;
        register(ChangeSetChanged.class);
    }

    /** Accepts events of this type from other instances (a record Jackson reads and writes). */
    public void register(Class<?> type) {
        accepted.put(type.getName(), type);
    }

    /** Only committed edits: another instance re-reading the change set must see them. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ChangeSetChanged changed) {
        share(changed);
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }

    /** Sends a committed event to the other instances; an event that came from one is not sent again. */
    public void share(Object event) {
        if (RELAYING.get() || !accepted.containsKey(event.getClass().getName())) {
            return;
        }
        String payload = payload(event);
        sender.execute(() -> {
            try {
                jdbc.sql("SELECT pg_notify(?, ?)")
                        .params(CHANNEL, payload)
                        .query((rs, row) -> row)
                        .list();
            } catch (RuntimeException e) {
                log.warn(
                        "Could not share {} with the other instances: {}",
                        event.getClass().getSimpleName(),
                        e.toString());
            }
        });
    }

    private String payload(Object event) {
        ObjectNode envelope = json.createObjectNode()
                .put("origin", instance.bootToken())
                .put("type", event.getClass().getName());
        envelope.set("event", json.valueToTree(event));
        String payload = envelope.toString();
        if (payload.length() > MAX_PAYLOAD) {
            envelope.set("event", json.valueToTree(shrink(event)));
            payload = envelope.toString();
        }
        return payload;
    }

    /** An event small enough for a notification, that still tells listeners where to look. */
    private static Object shrink(Object event) {
        if (event instanceof ChangeSetChanged changed) {
            return new ChangeSetChanged(changed.changeSetId(), Set.of(), changed.action());
        }
        throw new IllegalArgumentException(event.getClass().getSimpleName() + " is too large to share");
    }

    /** A notification from the database: the event it carries if another instance sent it and its type is accepted. */
    Optional<Object> received(String payload) {
        try {
            JsonNode envelope = json.readTree(payload);
            Class<?> type = accepted.get(envelope.path("type").asString(""));
            if (type == null
                    || instance.bootToken().equals(envelope.path("origin").asString(""))) {
                return Optional.empty();
            }
            return Optional.of(json.treeToValue(envelope.get("event"), type));
        } catch (RuntimeException e) {
            log.warn("Ignored a notification on {} that is not an event: {}", CHANNEL, e.toString());
            return Optional.empty();
        }
    }

    /** Publishes a relayed event here; listeners that share events see that it came from elsewhere and keep it. */
    static void relaying(Runnable publish) {
        RELAYING.set(true);
        try {
            publish.run();
        } finally {
            RELAYING.set(false);
        }
    }
}
