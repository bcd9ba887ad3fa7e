package dev.gantry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.gantry.changeset.ComponentView;
import dev.gantry.discovery.DiscoveryRequest;
import dev.gantry.discovery.DiscoveryService;
import dev.gantry.discovery.DiscoveryView;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * "Discover…": lists the account's resources where the selected frame points (Region, AWS Credential), with an
 * optional VPC or tag filter, and draws what no component manages into the change set, showing progress.
 */
class DiscoverDialog extends Dialog {

    private final DiscoveryService discoveries;
    private final CurrentChangeSet current;
    private final Runnable reload;
    private final TextField vpc = new TextField("Only this VPC");
    private final TextField tag = new TextField("Only with tag");
    private final TextField types = new TextField("Types (default: all with a native listing)");
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private Registration polling;

    DiscoverDialog(DiscoveryService discoveries, CurrentChangeSet current, ComponentView frame, Runnable reload) {
        this.discoveries = discoveries;
        this.current = current;
        this.reload = reload;
        setHeaderTitle("Discover resources into " + frame.name());
        addClassName("gantry-discover-dialog");
        vpc.setPlaceholder("vpc-0abc…");
        tag.setPlaceholder("Key=Value");
        types.setPlaceholder("AWS::EC2::VPC, AWS::Logs::LogGroup");
        List.of(vpc, tag, types).forEach(TextField::setWidthFull);
        vpc.getElement().setAttribute("data-testid", "discover-vpc");
        status.getElement().setAttribute("data-testid", "discover-status");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        add(new VerticalLayout(vpc, tag, types, progress, status));
        Button start = new Button("Discover", e -> start(frame));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.getElement().setAttribute("data-testid", "discover-submit");
        getFooter().add(new Button("Close", e -> close()), start);
        addDetachListener(e -> stopPolling());
    }

    private void start(ComponentView frame) {
        List<String> named = Arrays.stream(types.getValue().split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        DiscoveryView[] started = new DiscoveryView[1];
        Refusals.attempt(() -> started[0] = discoveries.start(
                        current.id(),
                        new DiscoveryRequest(frame.id(), null, null, named, vpc.getValue(), tag.getValue())))
                .ifPresentOrElse(status::setText, () -> follow(started[0].id()));
    }

    /** Polls the discovery twice a second until it is done, then opens its change set. */
    private void follow(UUID id) {
        progress.setVisible(true);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> {
            DiscoveryView view = discoveries.discovery(id);
            status.setText(view.phase()
                    + (view.findings().isEmpty()
                            ? ""
                            : " · " + view.findings().size() + " finding(s): " + String.join("; ", view.findings())));
            if (!view.status().equals("running")) {
                stopPolling();
                progress.setVisible(false);
                current.follow(view.changeSetId());
                reload.run();
            }
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
