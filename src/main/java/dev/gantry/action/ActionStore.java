package dev.gantry.action;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Apply runs and actions in PostgreSQL. Each state change is its own short transaction (autocommit) so that
 * what the database says is what happened, whenever the process stops.
 */
@Repository
class ActionStore {

    private static final String COLUMNS = "id, apply_run_id, position, kind, state, component_id, component_name, "
            + "resource_type, depends_on, idempotency_token, attempts, message, started_at, finished_at, instance, "
            + "taken_over_from";

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Persists a run with every action queued; {@code deletedResources} holds, per deleted component, what it was
     * (JSON), since the merge removes it from HEAD before its delete runs.
     */
    void insertRun(
            UUID runId,
            UUID changeSetId,
            String title,
            String user,
            ActionPlan plan,
            Map<UUID, String> deletedResources) {
        jdbc.sql("INSERT INTO apply_run (id, change_set_id, title, created_by) VALUES (?, ?, ?, ?)")
                .params(runId, changeSetId, title, user)
                .update();
        int position = 0;
        for (PlannedAction action : plan.actions()) {
            jdbc.sql("INSERT INTO action_run (id, apply_run_id, position, kind, state, component_id, component_name, "
                            + "resource_type, depends_on, idempotency_token, deleted_resource) "
                            + "VALUES (?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?::uuid[], ?, ?::jsonb)")
                    .params(
                            action.id(),
                            runId,
                            position++,
                            action.kind().name(),
                            action.componentId(),
                            action.componentName(),
                            action.resourceType(),
                            uuidArray(action.dependsOn()),
                            action.id().toString(),
                            action.kind() == ActionKind.DELETE ? deletedResources.get(action.componentId()) : null)
                    .update();
        }
    }

    List<ActionRecord> actions(UUID runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_run WHERE apply_run_id = ? ORDER BY position")
                .param(runId)
                .query(ActionStore::map)
                .list();
    }

    ActionRecord action(UUID actionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM action_run WHERE id = ?")
                .param(actionId)
                .query(ActionStore::map)
                .optional()
                .orElseThrow(() -> new UnknownActionException(actionId));
    }

    Optional<String> deletedResource(UUID actionId) {
        return jdbc.sql("SELECT deleted_resource::text FROM action_run WHERE id = ?")
                .param(actionId)
                .query(String.class)
                .optional();
    }

    void saveAppliedState(UUID actionId, String desiredStateJson) {
        jdbc.sql("UPDATE action_run SET applied_state = ?::jsonb WHERE id = ?")
                .params(desiredStateJson, actionId)
                .update();
    }

    /** The desired state the component's resource was last brought to, by any run. */
    Optional<String> lastAppliedState(UUID componentId) {
        return jdbc.sql("SELECT applied_state::text FROM action_run WHERE component_id = ? AND state = 'SUCCEEDED' "
                        + "AND applied_state IS NOT NULL ORDER BY finished_at DESC LIMIT 1")
                .param(componentId)
                .query(String.class)
                .optional();
    }

    ApplyRunSummary run(UUID runId) {
        return jdbc.sql(
                        "SELECT id, change_set_id, title, created_by, created_at, finished_at FROM apply_run WHERE id = ?")
                .param(runId)
                .query((rs, row) -> new ApplyRunSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("change_set_id", UUID.class),
                        rs.getString("title"),
                        rs.getString("created_by"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("finished_at"))))
                .optional()
                .orElseThrow(() -> new UnknownActionException(runId));
    }

    List<UUID> recentRunIds(int limit) {
        return jdbc.sql("SELECT id FROM apply_run ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query(UUID.class)
                .list();
    }

    /** Whether some run still has the component's action to do (queued or running). */
    boolean hasUnfinishedAction(UUID componentId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM action_run WHERE component_id = ? AND state IN ('QUEUED', 'RUNNING'))")
                .param(componentId)
                .query(Boolean.class)
                .single();
    }

    /** Moves an action from one state to another; false when it was not in {@code from} (someone else moved it). */
    boolean transition(UUID actionId, ActionState from, ActionState to, String message) {
        String timing = switch (to) {
            case RUNNING -> ", attempts = attempts + 1, started_at = now(), finished_at = NULL";
            case SUCCEEDED, FAILED -> ", finished_at = now()";
            default -> "";
        };
        return jdbc.sql("UPDATE action_run SET state = ?, message = ?, version = version + 1" + timing
                                + " WHERE id = ? AND state = ?")
                        .params(to.name(), message, actionId, from.name())
                        .update()
                == 1;
    }

    /**
     * Marks a queued, held or failed action removed, with who and when; the row stays, since the run history is
     * never rewritten. A removed action counts as done for its dependants.
     */
    boolean remove(UUID actionId, String by) {
        return jdbc.sql("UPDATE action_run SET state = 'REMOVED', removed_by = ?, removed_at = now(), "
                                + "message = ?, finished_at = now(), version = version + 1 "
                                + "WHERE id = ? AND state IN ('QUEUED', 'ON_HOLD', 'FAILED')")
                        .params(by, "Removed by " + by, actionId)
                        .update()
                == 1;
    }

    /** The run has stopped (everything succeeded, or what is left waits on a failure or a hold); true the once. */
    boolean markRunFinished(UUID runId) {
        return 1
                == jdbc.sql("UPDATE apply_run SET finished_at = now() WHERE id = ? AND finished_at IS NULL")
                        .param(runId)
                        .update();
    }

    /** A retry, release or removal sets a stopped run going again. */
    void reopenRun(UUID runId) {
        jdbc.sql("UPDATE apply_run SET finished_at = NULL WHERE id = ?")
                .param(runId)
                .update();
    }

    private static ActionRecord map(ResultSet rs, int row) throws SQLException {
        return new ActionRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("apply_run_id", UUID.class),
                rs.getInt("position"),
                ActionKind.valueOf(rs.getString("kind")),
                ActionState.valueOf(rs.getString("state")),
                rs.getObject("component_id", UUID.class),
                rs.getString("component_name"),
                rs.getString("resource_type"),
                uuids(rs.getArray("depends_on")),
                rs.getString("idempotency_token"),
                rs.getInt("attempts"),
                rs.getString("message"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("instance"),
                rs.getString("taken_over_from"));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }

    private static String uuidArray(List<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
