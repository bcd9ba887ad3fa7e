package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.gantry.action.ActionProgressed;
import dev.gantry.changeset.ChangeSetChanged;
import dev.gantry.image.PushProgress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Relays the application's events to open browser tabs (pushed, see {@link AppShell}): edits made elsewhere,
 * resource data recorded by apply, apply progress and image pushes.
 */
@org.springframework.stereotype.Component
public class ServerEvents {

    private final List<Consumer<Object>> listeners = new CopyOnWriteArrayList<>();

    /** Only committed changes: a listener re-reading the change set must see them. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ChangeSetChanged changed) {
        listeners.forEach(l -> l.accept(changed));
    }

    @EventListener
    void on(ActionProgressed progressed) {
        listeners.forEach(l -> l.accept(progressed));
    }

    @EventListener
    void on(PushProgress progressed) {
        listeners.forEach(l -> l.accept(progressed));
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
            Consumer<Object> relay = event -> {
                if (type.isInstance(event) && (own || UI.getCurrent() != ui)) {
                    ui.access(() -> listener.accept(type.cast(event)));
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
}
