package dev.gantry.action;

import dev.gantry.changeset.SharedEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Apply progress reaches every instance: a run driven by instance A shows its progress in a browser or an event
 * stream ({@code /api/apply-runs/{id}/events}) open on instance B.
 */
@Component
class ActionProgressSharing {

    private final SharedEvents shared;

    ActionProgressSharing(SharedEvents shared) {
        this.shared = shared;
        shared.register(ActionProgressed.class);
    }

    @EventListener
    void on(ActionProgressed progressed) {
        shared.share(progressed);
    }
}
