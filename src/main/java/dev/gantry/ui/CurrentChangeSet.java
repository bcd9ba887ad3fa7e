package dev.gantry.ui;

import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import dev.gantry.changeset.ChangeSetId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The change set a browser tab is editing, shared by the header and the editor. An edit sent to HEAD lands in
 * a new change set; {@link #follow} switches the tab to it so the user keeps seeing what they just did.
 */
@SpringComponent
@UIScope
public class CurrentChangeSet {

    private ChangeSetId id = ChangeSetId.HEAD;
    private int choices;
    private final List<Consumer<ChangeSetId>> listeners = new ArrayList<>();
    private final List<Consumer<UUID>> runListeners = new ArrayList<>();

    public ChangeSetId id() {
        return id;
    }

    /**
     * Counts the user's own choices of change set: the canvas refits its view when the user picks another
     * change set, not when an edit on HEAD moves the tab into the change set it created.
     */
    public int choices() {
        return choices;
    }

    /** The user chose a change set (or HEAD). */
    public void select(ChangeSetId changeSet) {
        if (!changeSet.equals(id)) {
            choices++;
            switchTo(changeSet);
        }
    }

    /** Follows the change set a service answered with (the same one, or the one an edit on HEAD created). */
    public void follow(ChangeSetId answered) {
        if (!answered.equals(id)) {
            switchTo(answered);
        }
    }

    private void switchTo(ChangeSetId changeSet) {
        id = changeSet;
        List.copyOf(listeners).forEach(l -> l.accept(changeSet));
    }

    public Registration onChange(Consumer<ChangeSetId> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Apply started a run: the editor shows its progress. */
    public void runStarted(UUID runId) {
        List.copyOf(runListeners).forEach(l -> l.accept(runId));
    }

    public Registration onRunStarted(Consumer<UUID> listener) {
        runListeners.add(listener);
        return () -> runListeners.remove(listener);
    }
}
