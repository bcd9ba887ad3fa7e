package dev.gantry.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin's client sets its push library (Atmosphere) to log at debug level, so every pushed message wrote to the
 * browser's console. With other people's edits arriving several times a second that was most of a tab's own script
 * time while it only watched (profiled in {@code CanvasBenchmark}); warnings and errors still show.
 */
@Component
class QuietPush implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().getPushConfiguration().setParameter("logLevel", "info"));
    }
}
