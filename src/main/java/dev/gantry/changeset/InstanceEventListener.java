package dev.gantry.changeset;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for the events other instances {@linkplain SharedEvents#share share} and publishes them here. It holds one
 * connection of the pool for {@code LISTEN} on a thread of its own; when the connection breaks it connects again
 * after a second (events sent meanwhile are missed: an open canvas then shows them on its next reload).
 */
@Component
class InstanceEventListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InstanceEventListener.class);
    private static final Duration RECONNECT = Duration.ofSeconds(1);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final SharedEvents shared;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private Thread thread;

    InstanceEventListener(DataSource dataSource, SharedEvents shared, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.shared = shared;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("instance-events").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + SharedEvents.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            shared.received(notification.getParameter())
                                    .ifPresent(event -> SharedEvents.relaying(() -> events.publishEvent(event)));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn(
                            "Not hearing other instances' events ({}); listening again in {}", e.toString(), RECONNECT);
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
