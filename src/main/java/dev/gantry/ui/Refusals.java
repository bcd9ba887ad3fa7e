package dev.gantry.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.gantry.action.ActionNotFoundException;
import dev.gantry.action.IllegalActionStateException;
import dev.gantry.catalog.UnknownAssetException;
import dev.gantry.changeset.IllegalChangeSetStateException;
import dev.gantry.changeset.MergeConflictException;
import dev.gantry.changeset.UnknownChangeSetException;
import dev.gantry.model.ModelException;
import dev.gantry.security.MembershipConflictException;
import dev.gantry.security.UnknownMemberException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import java.util.Optional;

/**
 * Errors a user can cause (a bad value, an illegal connection, a change set in the wrong state) are refusals
 * to show, not failures: nothing was changed, and the server's message says why.
 */
final class Refusals {

    private static final List<Class<? extends RuntimeException>> USER_ERRORS = List.of(ModelException.class,
            IllegalChangeSetStateException.class, UnknownChangeSetException.class, MergeConflictException.class,
            UnknownAssetException.class, IllegalActionStateException.class, ActionNotFoundException.class,
            IllegalArgumentException.class, MembershipConflictException.class, UnknownMemberException.class,
            AccessDeniedException.class);

    private Refusals() {
    }

    /** Runs the edit; a refusal comes back as its message, anything else propagates as the bug it is. */
    static Optional<String> attempt(Runnable edit) {
        try {
            edit.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            if (USER_ERRORS.stream().anyMatch(type -> type.isInstance(e))) {
                return Optional.of(e.getMessage());
            }
            throw e;
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
