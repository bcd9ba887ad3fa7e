package dev.gantry.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.gantry.changeset.ChangeSetId;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * When a signed-in user's browser asks for the editor's page, the change set it names is read and drawn at once
 * ({@link SharedDiagrams}), while the browser still loads its scripts: by the time the editor's view is built, about
 * a second later, the diagram is waiting. On a 1,000-component change set the drawing is the largest part of
 * building the view. At worst the work is done for a page that is then not opened; it is kept for the next reader.
 */
@Component
class DiagramPrefetch implements VaadinServiceInitListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DiagramPrefetch.class);

    private final SharedDiagrams diagrams;
    /** One drawing at a time, a few waiting: a burst of page loads must not crowd out the requests themselves. */
    private final ThreadPoolExecutor drawer = new ThreadPoolExecutor(
            1,
            1,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(4),
            runnable -> {
                Thread thread = new Thread(runnable, "gantry-diagram-prefetch");
                thread.setDaemon(true);
                return thread;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    DiagramPrefetch(SharedDiagrams diagrams) {
        this.diagrams = diagrams;
        drawer.allowCoreThreadTimeOut(true);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                page -> editorsChangeSet(page.getVaadinRequest()).ifPresent(cs -> drawer.execute(() -> draw(cs))));
    }

    /** The change set an editor page shows, for a signed-in user; nothing for any other page. */
    static Optional<ChangeSetId> editorsChangeSet(VaadinRequest request) {
        String path = request.getPathInfo();
        if (request.getUserPrincipal() == null || !(path == null || path.isEmpty() || path.equals("/"))) {
            return Optional.empty();
        }
        String named = request.getParameter(EditorView.CHANGE_SET_PARAMETER);
        try {
            return Optional.of(named == null ? ChangeSetId.HEAD : ChangeSetId.parse(named));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // the view itself tells the user
        }
    }

    private void draw(ChangeSetId cs) {
        try {
            long start = System.nanoTime();
            int drawn = diagrams.of(cs).components().size();
            log.debug(
                    "Drew change set {} ({} components) ahead of its page in {} ms",
                    cs,
                    drawn,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.debug("Could not draw change set {} ahead of its page: {}", cs, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        drawer.shutdownNow();
    }
}
