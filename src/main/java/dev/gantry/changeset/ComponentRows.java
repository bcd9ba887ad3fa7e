package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;

/**
 * HEAD's and change sets' component and edge rows, in plain SQL: loading is one query per table with JSONB
 * parsed once, and writes are upserts keyed by component id, which is what copy-on-write needs.
 */
@Repository
class ComponentRows {

    record HeadRow(
            ComponentId id, ObjectNode data, @Nullable ObjectNode resource, long version) {}

    /** {@code removal} null while the component exists in the change set. */
    record OverlayRow(
            ComponentId id,
            @Nullable String removal,
            @Nullable ObjectNode data,
            @Nullable ObjectNode base) {}

    record OverlayEdge(Edge edge, boolean removed) {}

    private final JdbcClient jdbc;

    ComponentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long headVersion(UUID workspace) {
        return jdbc.sql("SELECT head_version FROM workspace WHERE id = ?")
                .param(workspace)
                .query(Long.class)
                .single();
    }

    /**
     * HEAD's version, components and edges from one statement, hence one database snapshot: the rows are exactly
     * those of the version beside them, even while an apply-merge commits.
     */
    HeadSnapshot headSnapshot(UUID workspace) {
        long[] version = {-1};
        List<HeadRow> components = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        jdbc.sql("SELECT w.head_version, c.component_id, c.data, c.resource, c.version, "
                        + "NULL::uuid, NULL::varchar, NULL::uuid, NULL::varchar "
                        + "FROM workspace w LEFT JOIN head_component c ON c.workspace_id = w.id WHERE w.id = ? "
                        + "UNION ALL SELECT w.head_version, NULL, NULL, NULL, NULL, "
                        + "e.from_component, e.output_socket, e.to_component, e.input_socket "
                        + "FROM workspace w JOIN head_edge e ON e.workspace_id = w.id WHERE w.id = ?")
                .params(workspace, workspace)
                .query((RowCallbackHandler) rs -> {
                    version[0] = rs.getLong(1);
                    UUID component = rs.getObject(2, UUID.class);
                    if (component != null) {
                        components.add(new HeadRow(
                                new ComponentId(component),
                                ComponentCodec.parse(rs.getString(3)),
                                ComponentCodec.parse(rs.getString(4)),
                                rs.getLong(5)));
                    } else if (rs.getObject(6) != null) {
                        edges.add(edge(rs, 6));
                    }
                });
        if (version[0] < 0) {
            throw new IllegalStateException("No workspace " + workspace);
        }
        return HeadSnapshot.of(version[0], components, edges);
    }

    /** What a change set stores itself, from one statement so that an edit committing meanwhile is seen whole. */
    record Overlay(List<OverlayRow> components, List<OverlayEdge> edges) {}

    Overlay overlay(UUID changeSet) {
        List<OverlayRow> components = new ArrayList<>();
        List<OverlayEdge> edges = new ArrayList<>();
        jdbc.sql("SELECT component_id, removal, data, base, NULL::uuid, NULL::varchar, NULL::uuid, NULL::varchar, "
                        + "NULL::boolean FROM change_set_component WHERE change_set_id = ? "
                        + "UNION ALL SELECT NULL, NULL, NULL, NULL, from_component, output_socket, to_component, "
                        + "input_socket, removed FROM change_set_edge WHERE change_set_id = ?")
                .params(changeSet, changeSet)
                .query((RowCallbackHandler) rs -> {
                    UUID component = rs.getObject(1, UUID.class);
                    if (component != null) {
                        components.add(new OverlayRow(
                                new ComponentId(component),
                                rs.getString(2),
                                ComponentCodec.parse(rs.getString(3)),
                                ComponentCodec.parse(rs.getString(4))));
                    } else {
                        edges.add(new OverlayEdge(edge(rs, 5), rs.getBoolean(9)));
                    }
                });
        return new Overlay(components, edges);
    }

    void putOverlay(UUID changeSet, OverlayRow row) {
        jdbc.sql("INSERT INTO change_set_component (change_set_id, component_id, removal, data, base) "
                        + "VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb)) ON CONFLICT (change_set_id, component_id) "
                        + "DO UPDATE SET removal = EXCLUDED.removal, data = EXCLUDED.data, base = EXCLUDED.base")
                .params(
                        changeSet,
                        row.id().value(),
                        row.removal(),
                        ComponentCodec.write(row.data()),
                        ComponentCodec.write(row.base()))
                .update();
    }

    void dropOverlay(UUID changeSet, ComponentId id) {
        jdbc.sql("DELETE FROM change_set_component WHERE change_set_id = ? AND component_id = ?")
                .params(changeSet, id.value())
                .update();
    }

    void putOverlayEdge(UUID changeSet, Edge e, boolean removed) {
        jdbc.sql("INSERT INTO change_set_edge (change_set_id, from_component, output_socket, to_component, "
                        + "input_socket, removed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (change_set_id, from_component, "
                        + "output_socket, to_component, input_socket) DO UPDATE SET removed = EXCLUDED.removed")
                .params(changeSet, e.from().value(), e.output(), e.to().value(), e.input(), removed)
                .update();
    }

    void dropOverlayEdge(UUID changeSet, Edge e) {
        jdbc.sql("DELETE FROM change_set_edge WHERE change_set_id = ? AND from_component = ? AND output_socket = ? "
                        + "AND to_component = ? AND input_socket = ?")
                .params(changeSet, e.from().value(), e.output(), e.to().value(), e.input())
                .update();
    }

    void putHead(UUID workspace, ComponentId id, ObjectNode data, long version) {
        HeadSnapshots.markHeadWritten();
        jdbc.sql("INSERT INTO head_component (component_id, workspace_id, data, version) "
                        + "VALUES (?, ?, CAST(? AS jsonb), ?) ON CONFLICT (component_id) "
                        + "DO UPDATE SET data = EXCLUDED.data, version = EXCLUDED.version")
                .params(id.value(), workspace, ComponentCodec.write(data), version)
                .update();
    }

    void dropHead(UUID workspace, ComponentId id) {
        HeadSnapshots.markHeadWritten();
        jdbc.sql("DELETE FROM head_edge WHERE workspace_id = ? AND (from_component = ? OR to_component = ?)")
                .params(workspace, id.value(), id.value())
                .update();
        jdbc.sql("DELETE FROM head_component WHERE workspace_id = ? AND component_id = ?")
                .params(workspace, id.value())
                .update();
    }

    /** The resource column as stored (JSONB's normal form); empty when the component is not on HEAD. */
    Optional<StoredResource> recordResource(UUID workspace, ComponentId id, ObjectNode resource, long version) {
        HeadSnapshots.markHeadWritten();
        return jdbc.sql("UPDATE head_component SET resource = CAST(? AS jsonb), version = ? "
                        + "WHERE workspace_id = ? AND component_id = ? RETURNING resource")
                .params(ComponentCodec.write(resource), version, workspace, id.value())
                .query((rs, i) -> new StoredResource(ComponentCodec.parse(rs.getString(1))))
                .optional();
    }

    /** A HEAD component's resource column; {@code json} is null while nothing is recorded. */
    record StoredResource(ObjectNode json) {}

    /** Empty when the component is not on HEAD. */
    Optional<StoredResource> headResource(UUID workspace, ComponentId id) {
        return jdbc.sql("SELECT resource FROM head_component WHERE workspace_id = ? AND component_id = ?")
                .params(workspace, id.value())
                .query((rs, i) -> new StoredResource(ComponentCodec.parse(rs.getString(1))))
                .optional();
    }

    void putHeadEdge(UUID workspace, Edge e, long version) {
        HeadSnapshots.markHeadWritten();
        jdbc.sql("INSERT INTO head_edge (workspace_id, from_component, output_socket, to_component, input_socket, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(workspace, e.from().value(), e.output(), e.to().value(), e.input(), version)
                .update();
    }

    void dropHeadEdge(UUID workspace, Edge e) {
        HeadSnapshots.markHeadWritten();
        jdbc.sql("DELETE FROM head_edge WHERE workspace_id = ? AND from_component = ? AND output_socket = ? "
                        + "AND to_component = ? AND input_socket = ?")
                .params(workspace, e.from().value(), e.output(), e.to().value(), e.input())
                .update();
    }

    private static Edge edge(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Edge(
                new ComponentId(rs.getObject(first, UUID.class)),
                rs.getString(first + 1),
                new ComponentId(rs.getObject(first + 2, UUID.class)),
                rs.getString(first + 3));
    }
}
