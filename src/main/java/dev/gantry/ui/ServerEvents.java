package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.shared.Registration;
import dev.gantry.action.ActionProgressed;
import dev.gantry.changeset.ChangeSetChanged;
import dev.gantry.image.PushProgress;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Relays the application's events to open browser tabs (pushed, see {@link AppShell}): edits made elsewhere,
 * resource data recorded by apply, apply progress and image pushes.
 *
 * <p>The thread that publishes (an API request, an apply worker) only queues: each tab is updated later on a
 * small pool of its own, so an edit costs the same however many tabs watch. A tab is updated at once when it has
 * not been for a while, and otherwise at most every {@link #TAB_INTERVAL}: while its update waits, further changes
 * of the same change set fold into it (a burst of edits repaints each tab twice a second, not once per edit, which
 * on a busy diagram with many tabs open took the machine from the edits themselves); progress events are
 * delivered one by one, in order.
 */
@org.springframework.stereotype.Component
public class ServerEvents {

    private final List<Consumer<Object>> listeners = new CopyOnWriteArrayList<>();

    /** The least time between two updates of one tab, while changes keep coming. */
    static final Duration TAB_INTERVAL = Duration.ofMillis(500);

    /** One thread per two cores: tabs are repainted in the background, never at the expense of requests. */
    private final ScheduledExecutorService delivery = Executors.newScheduledThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
            Thread.ofPlatform().name("gantry-ui-events-", 0).daemon().factory());

    /** How many change-set changes were published here: what tabs read after the last one they can share. */
    private final AtomicLong changesPublished = new AtomicLong();

    /** Only committed changes: a listener re-reading the change set must see them. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ChangeSetChanged changed) {
        changesPublished.incrementAndGet();
        listeners.forEach(l -> l.accept(changed));
    }

    /** A number that grows with every change-set change published here, before any tab hears of it. */
    long changesPublished() {
        return changesPublished.get();
    }

    /**
     * After commit too: the tab re-reads the run on another thread, which must see the state the event announces
     * (published inside the engine's transaction, it would read the state before).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ActionProgressed progressed) {
        listeners.forEach(l -> l.accept(progressed));
    }

    @EventListener
    void on(PushProgress progressed) {
        listeners.forEach(l -> l.accept(progressed));
    }

    @PreDestroy
    void stop() {
        delivery.shutdownNow();
    }

    /**
     * Runs {@code command} in {@code ui} once the request at hand has been answered; what it changes is pushed. For
     * work the user need not wait for, such as the rest of a long form below the fold.
     */
    public void afterResponse(UI ui, Command command) {
        delivery.execute(() -> accessIfOpen(ui, command));
    }

    /** Runs {@code command} in {@code ui} (on this thread as soon as its session is free) unless the tab closed. */
    private static void accessIfOpen(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // the tab closed meanwhile: nothing to show
        }
    }

    /**
     * Calls {@code listener} in the UI of {@code owner} while it is attached. Events caused by that UI's own
     * request are skipped: the view already shows what the edit answered.
     */
    public <E> void follow(Component owner, Class<E> type, Consumer<E> listener) {
        relay(owner, type, listener, false);
    }

    /** Like {@link #follow}, including the events the UI's own requests caused. */
    public <E> void followAll(Component owner, Class<E> type, Consumer<E> listener) {
        relay(owner, type, listener, true);
    }

    private <E> void relay(Component owner, Class<E> type, Consumer<E> listener, boolean own) {
        owner.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Mailbox<E> mailbox = new Mailbox<>(ui, signedIn(), listener);
            Consumer<Object> relay = event -> {
                if (type.isInstance(event) && (own || UI.getCurrent() != ui)) {
                    mailbox.post(type.cast(event));
                }
            };
            listeners.add(relay);
            Registration[] detach = new Registration[1];
            detach[0] = owner.addDetachListener(d -> {
                listeners.remove(relay);
                detach[0].remove();
            });
        });
    }

    /**
     * The user signed in to the tab that attached: what the tab shows (the actions it offers, say) is for that
     * user, whoever's request or background work caused the event.
     */
    private static @Nullable Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                && VaadinRequest.getCurrent() != null
                && VaadinRequest.getCurrent().getUserPrincipal() instanceof Authentication principal) {
            auth = principal;
        }
        return auth;
    }

    /** What waits for one listener of one tab; at most one delivery of it is queued at a time. */
    private final class Mailbox<E> {

        private final UI ui;
        private final @Nullable Authentication user;
        private final Consumer<E> listener;
        private final Map<Object, E> waiting = new LinkedHashMap<>();
        /** When the last delivery started (System.nanoTime); guarded by {@code waiting}. */
        private long lastDelivery = System.nanoTime() - TAB_INTERVAL.toNanos();

        Mailbox(UI ui, @Nullable Authentication user, Consumer<E> listener) {
            this.ui = ui;
            this.user = user;
            this.listener = listener;
        }

        void post(E event) {
            boolean schedule;
            long delay;
            synchronized (waiting) {
                schedule = waiting.isEmpty();
                delay = Math.max(0, lastDelivery + TAB_INTERVAL.toNanos() - System.nanoTime());
                Object key = event instanceof ChangeSetChanged changed ? changed.changeSetId() : new Object();
                waiting.remove(key); // a later change of the same change set goes to the end, in place of the earlier
                waiting.put(key, event);
            }
            if (schedule) {
                delivery.schedule(this::deliver, delay, TimeUnit.NANOSECONDS);
            }
        }

        /** Runs {@code work} in the tab's user's security context, on whichever thread holds the session. */
        private void asTheTabsUser(Runnable work) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext tab = SecurityContextHolder.createEmptyContext();
            tab.setAuthentication(user);
            SecurityContextHolder.setContext(tab);
            try {
                work.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }

        private void deliver() {
            List<E> events;
            synchronized (waiting) {
                events = List.copyOf(waiting.values());
                waiting.clear();
                lastDelivery = System.nanoTime();
            }
            if (!events.isEmpty()) {
                accessIfOpen(ui, () -> asTheTabsUser(() -> events.forEach(listener)));
            }
        }
    }
}
