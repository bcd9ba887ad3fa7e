package dev.gantry.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.gantry.GantryException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * Errors a user can cause (a bad value, an illegal connection, a change set in the wrong state) are refusals
 * to show, not failures: nothing was changed, and the server's message says why. Every refusal is a
 * {@link GantryException}; anything else is a bug and propagates.
 */
final class Refusals {

    private Refusals() {}

    /** Runs the edit; a refusal comes back as its message, anything else propagates as the bug it is. */
    static Optional<String> attempt(Runnable edit) {
        try {
            edit.run();
            return Optional.empty();
        } catch (GantryException refused) {
            return Optional.of(refused.getMessage());
        } catch (AccessDeniedException notAllowed) { // the role or the review's rules refuse it
            return Optional.of(notAllowed.getMessage());
        }
    }

    /** Runs the edit and shows a refusal as a notification over the canvas, where the user is looking. */
    static boolean attemptOrNotify(Runnable edit) {
        Optional<String> refused = attempt(edit);
        refused.ifPresent(Refusals::notify);
        return refused.isEmpty();
    }

    static void notify(String message) {
        Notification n = Notification.show(message, 7000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("gantry-refusal");
    }

    static void done(String message) {
        Notification.show(message, 2500, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
