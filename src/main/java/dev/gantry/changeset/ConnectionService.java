package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Explicit edges between sockets, and the list of every connection (implicit ones with their explanation). */
@Service
@Transactional
public class ConnectionService {

    /** The connections of a change set after an edit, and which change set that was. */
    public record Connections(ChangeSetId changeSetId, List<Connection> connections) {}

    private final ChangeSetEditor editor;

    ConnectionService(ChangeSetEditor editor) {
        this.editor = editor;
    }

    /** Connects by socket names; checked with the catalogue's rule; replaces the old edge of an arity-one input. */
    public Connections connect(ChangeSetId changeSet, ComponentId from, String output, ComponentId to, String input) {
        var edited = editor.edit(changeSet, "connect", m -> {
            m.connect(from, output, to, input);
            return m.connectionsInto(to);
        });
        return new Connections(edited.changeSetId(), edited.result());
    }

    public Connections disconnect(
            ChangeSetId changeSet, ComponentId from, String output, ComponentId to, String input) {
        var edited = editor.edit(changeSet, "disconnect", m -> {
            m.disconnect(from, output, to, input);
            return m.connectionsInto(to);
        });
        return new Connections(edited.changeSetId(), edited.result());
    }

    @Transactional(readOnly = true)
    public Connections list(ChangeSetId changeSet) {
        return editor.read(changeSet, (cs, model) -> new Connections(cs, model.connections()));
    }

    @Transactional(readOnly = true)
    public Connections into(ChangeSetId changeSet, ComponentId component) {
        return editor.read(changeSet, (cs, model) -> new Connections(cs, model.connectionsInto(component)));
    }
}
