package dev.gantry.ui.canvas;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.shared.Registration;

/**
 * The diagram canvas (React Flow in the browser). The server is the source of truth: it sets the whole
 * {@link Diagram} and hears about connections the user draws, which it may accept or refuse.
 */
@Tag("gantry-canvas")
@JsModule("./canvas/gantry-canvas.tsx")
@NpmPackage(value = "@xyflow/react", version = "12.12.1")
public class DiagramCanvas extends ReactAdapterComponent implements HasSize {

    public DiagramCanvas() {
        setSizeFull();
    }

    public void show(Diagram diagram) {
        setState("diagram", diagram);
    }

    public Registration addConnectionDrawnListener(ComponentEventListener<ConnectionDrawnEvent> listener) {
        return addListener(ConnectionDrawnEvent.class, listener);
    }

    /** The user dragged a connection from {@code sourceSocket} of one node to {@code targetSocket} of another. */
    @DomEvent("connection-drawn")
    public static class ConnectionDrawnEvent extends ComponentEvent<DiagramCanvas> {

        private final String source;
        private final String sourceSocket;
        private final String target;
        private final String targetSocket;

        public ConnectionDrawnEvent(DiagramCanvas canvas, boolean fromClient,
                                    @EventData("event.detail.source") String source,
                                    @EventData("event.detail.sourceSocket") String sourceSocket,
                                    @EventData("event.detail.target") String target,
                                    @EventData("event.detail.targetSocket") String targetSocket) {
            super(canvas, fromClient);
            this.source = source;
            this.sourceSocket = sourceSocket;
            this.target = target;
            this.targetSocket = targetSocket;
        }

        public String source() {
            return source;
        }

        public String sourceSocket() {
            return sourceSocket;
        }

        public String target() {
            return target;
        }

        public String targetSocket() {
            return targetSocket;
        }
    }
}
