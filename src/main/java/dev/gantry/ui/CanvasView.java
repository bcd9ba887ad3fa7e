package dev.gantry.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.gantry.model.SketchService;
import dev.gantry.ui.canvas.DiagramCanvas;
import dev.gantry.ui.canvas.SampleDiagram;

/** The diagram editor. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Gantry")
public class CanvasView extends VerticalLayout {

    private final SketchService sketches;
    private final DiagramCanvas canvas = new DiagramCanvas();

    public CanvasView(SketchService sketches) {
        this.sketches = sketches;
        setSizeFull();
        setPadding(false);
        configureCanvas();
        add(canvas);
    }

    private void configureCanvas() {
        canvas.show(SampleDiagram.with(sketches.connections()));
        canvas.addConnectionDrawnListener(event -> {
            sketches.connect(event.source(), event.sourceSocket(), event.target(), event.targetSocket());
            canvas.show(SampleDiagram.with(sketches.connections()));
            Notification.show("Connected " + event.sourceSocket() + " → " + event.targetSocket(), 2500,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }
}
