package dev.gantry.changeset;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.model.Edge;
import dev.gantry.model.Qualification;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the editor draws of a change set at one version: every component as a view, every connection and the
 * qualifications (components without findings left out). It also keeps what it was drawn from (the components'
 * records, the edges, the connections into each component), so that the next version's drawing can resolve only
 * what an edit reached and take everything else from here ({@link ComponentService#drawing(ChangeSetId, Drawing)}).
 */
public final class Drawing {

    private final ChangeSetId changeSet;
    private final List<ComponentView> components;
    private final List<Connection> connections;
    private final Map<ComponentId, List<Qualification>> qualifications;

    /** The records drawn, compared by identity with the next version's: an edit replaces the records it changes. */
    final Map<ComponentId, Component> records;

    final Set<Edge> edges;
    final Map<ComponentId, ComponentView> views;
    final Map<ComponentId, List<Connection>> inbound;

    /** The components each component's connections feed, by source: where a change to it flows next. */
    final Map<ComponentId, Set<ComponentId>> fedBy;

    Drawing(
            ChangeSetId changeSet,
            List<Component> records,
            Set<Edge> edges,
            Map<ComponentId, ComponentView> views,
            Map<ComponentId, List<Connection>> inbound,
            Map<ComponentId, Set<ComponentId>> fedBy,
            Map<ComponentId, List<Qualification>> qualifications) {
        this.changeSet = changeSet;
        this.records = HashMap.newHashMap(records.size());
        records.forEach(c -> this.records.put(c.id(), c));
        this.edges = edges;
        this.views = views;
        this.inbound = inbound;
        this.fedBy = fedBy;
        this.qualifications = Collections.unmodifiableMap(qualifications);
        List<ComponentView> inOrder = new ArrayList<>(records.size());
        List<Connection> all = new ArrayList<>();
        for (Component c : records) {
            inOrder.add(views.get(c.id()));
            all.addAll(inbound.getOrDefault(c.id(), List.of()));
        }
        this.components = Collections.unmodifiableList(inOrder);
        this.connections = Collections.unmodifiableList(all);
    }

    /** The change set drawn. */
    public ChangeSetId changeSet() {
        return changeSet;
    }

    /** Every component, in the model's order. */
    public List<ComponentView> components() {
        return components;
    }

    /** Every connection, explicit and implicit, grouped by the component they feed, in the model's order. */
    public List<Connection> connections() {
        return connections;
    }

    /** The qualifications of the components that have any. */
    public Map<ComponentId, List<Qualification>> qualifications() {
        return qualifications;
    }
}
