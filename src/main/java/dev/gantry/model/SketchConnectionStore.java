package dev.gantry.model;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes sketch connections with plain SQL: one small table needs no entity mapping. */
@Repository
class SketchConnectionStore {

    private final JdbcClient jdbc;

    SketchConnectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SketchConnection> findAllInOrder() {
        return jdbc.sql("SELECT id, source_node, source_socket, target_node, target_socket "
                        + "FROM sketch_connection ORDER BY created_at, id")
                .query(SketchConnection.class).list();
    }

    Optional<SketchConnection> find(String sourceNode, String sourceSocket, String targetNode, String targetSocket) {
        return jdbc.sql("SELECT id, source_node, source_socket, target_node, target_socket FROM sketch_connection "
                        + "WHERE source_node = ? AND source_socket = ? AND target_node = ? AND target_socket = ?")
                .params(sourceNode, sourceSocket, targetNode, targetSocket)
                .query(SketchConnection.class).optional();
    }

    SketchConnection save(SketchConnection connection) {
        jdbc.sql("INSERT INTO sketch_connection (id, source_node, source_socket, target_node, target_socket) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(connection.id(), connection.sourceNode(), connection.sourceSocket(),
                        connection.targetNode(), connection.targetSocket())
                .update();
        return connection;
    }
}
