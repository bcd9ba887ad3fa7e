package dev.gantry.model;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The foundation's sample diagram: connections drawn between the sockets of two sample components are kept
 * in PostgreSQL. It proves the canvas-to-database wiring; the real model replaces it.
 */
@Service
public class SketchService {

    private final SketchConnectionStore store;

    SketchService(SketchConnectionStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<SketchConnection> connections() {
        return store.findAllInOrder();
    }

    /** Saves the connection unless the same one already exists; returns what is stored. */
    @Transactional
    public SketchConnection connect(String sourceNode, String sourceSocket, String targetNode, String targetSocket) {
        return store.find(sourceNode, sourceSocket, targetNode, targetSocket)
                .orElseGet(() -> store.save(new SketchConnection(UUID.randomUUID(),
                        sourceNode, sourceSocket, targetNode, targetSocket)));
    }
}
