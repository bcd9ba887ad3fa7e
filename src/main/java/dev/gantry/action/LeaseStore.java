package dev.gantry.action;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leases in PostgreSQL: on actions (who runs it) and on runs (who drives it). Every statement is its own short
 * transaction; expiry is PostgreSQL's clock, so instances' clocks need not agree. Rows another instance is
 * claiming at the same moment are skipped ({@code FOR UPDATE SKIP LOCKED}), never waited for.
 */
@Repository
class LeaseStore {

    private static final String UNTIL = "now() + ? * interval '1 millisecond'";

    private final JdbcClient jdbc;

    LeaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An action taken over from another instance, and the run to drive on. */
    record TakenOver(UUID actionId, UUID runId, String fromInstance) {}

    /** Claims a queued action for this instance: true when it is now ours and running, false when someone was first. */
    boolean claim(UUID actionId, String owner, String instance, Duration lease) {
        return jdbc.sql("UPDATE action_run SET state = 'RUNNING', message = NULL, version = version + 1, "
                                + "attempts = attempts + 1, started_at = now(), finished_at = NULL, "
                                + "lease_owner = ?, lease_expires_at = " + UNTIL + ", instance = ? "
                                + "WHERE id = (SELECT id FROM action_run WHERE id = ? AND state = 'QUEUED' "
                                + "FOR UPDATE SKIP LOCKED)")
                        .params(owner, lease.toMillis(), instance, actionId)
                        .update()
                == 1;
    }

    /** Ends our lease with the action's outcome; false when the lease is no longer ours (taken over). */
    boolean finish(UUID actionId, String owner, ActionState to, String message) {
        String finished = to == ActionState.QUEUED ? "" : ", finished_at = now()";
        return jdbc.sql("UPDATE action_run SET state = ?, message = ?, version = version + 1, lease_owner = NULL, "
                                + "lease_expires_at = NULL" + finished
                                + " WHERE id = ? AND state = 'RUNNING' AND lease_owner = ?")
                        .params(to.name(), message, actionId, owner)
                        .update()
                == 1;
    }

    /**
     * The heartbeat: extends the leases on the runs this instance drives and on the actions it is still running
     * ({@code held}; one it let go of is left to expire); answers those whose lease is still ours.
     */
    List<UUID> renew(String owner, Collection<UUID> held, Duration lease) {
        jdbc.sql("UPDATE apply_run SET driver_expires_at = " + UNTIL + " WHERE driver = ? AND finished_at IS NULL")
                .params(lease.toMillis(), owner)
                .update();
        if (held.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("UPDATE action_run SET lease_expires_at = " + UNTIL
                        + " WHERE state = 'RUNNING' AND lease_owner = ? AND id = ANY(?::uuid[]) RETURNING id")
                .params(
                        lease.toMillis(),
                        owner,
                        "{" + String.join(",", held.stream().map(UUID::toString).toList()) + "}")
                .query(UUID.class)
                .list();
    }

    /** Running actions whose owner stopped renewing go back to the queue, noting whose they were. */
    List<TakenOver> requeueExpired() {
        return jdbc.sql("WITH expired AS (SELECT id, instance FROM action_run WHERE state = 'RUNNING' "
                        + "AND (lease_expires_at IS NULL OR lease_expires_at < now()) FOR UPDATE SKIP LOCKED) "
                        + "UPDATE action_run a SET state = 'QUEUED', lease_owner = NULL, lease_expires_at = NULL, "
                        + "taken_over_from = e.instance, version = a.version + 1, "
                        + "message = 'Taken over: instance ' || coalesce(e.instance, '(unknown)') "
                        + "|| ' stopped renewing its lease' FROM expired e WHERE a.id = e.id "
                        + "RETURNING a.id, a.apply_run_id, coalesce(e.instance, '(unknown)') AS from_instance")
                .query((rs, row) -> new TakenOver(
                        rs.getObject("id", UUID.class),
                        rs.getObject("apply_run_id", UUID.class),
                        rs.getString("from_instance")))
                .list();
    }

    /** Unfinished runs nobody drives (their driver's lease expired, or it handed them back) become ours. */
    List<UUID> adoptOrphans(String owner, Duration lease) {
        return jdbc.sql("UPDATE apply_run SET driver = ?, driver_expires_at = " + UNTIL
                        + " WHERE id IN (SELECT id FROM apply_run WHERE finished_at IS NULL "
                        + "AND (driver IS NULL OR driver_expires_at < now()) FOR UPDATE SKIP LOCKED) RETURNING id")
                .params(owner, lease.toMillis())
                .query(UUID.class)
                .list();
    }

    /** This instance drives the run from now on (it started it, or a user's retry reopened it here). */
    void drive(UUID runId, String owner, Duration lease) {
        jdbc.sql("UPDATE apply_run SET driver = ?, driver_expires_at = " + UNTIL + " WHERE id = ?")
                .params(owner, lease.toMillis(), runId)
                .update();
    }

    List<UUID> drivenBy(String owner) {
        return jdbc.sql("SELECT id FROM apply_run WHERE driver = ? AND finished_at IS NULL")
                .param(owner)
                .query(UUID.class)
                .list();
    }

    /**
     * A graceful stop hands everything back at once, so that another instance resumes it now rather than after
     * the lease timeout. The interrupted cloud calls are repeated with the same idempotency tokens.
     */
    int release(String owner, String instance) {
        jdbc.sql("UPDATE apply_run SET driver = NULL, driver_expires_at = NULL WHERE driver = ?")
                .param(owner)
                .update();
        return jdbc.sql("UPDATE action_run SET state = 'QUEUED', lease_owner = NULL, lease_expires_at = NULL, "
                        + "version = version + 1, message = ? WHERE state = 'RUNNING' AND lease_owner = ?")
                .params("Handed back by instance " + instance + " when it stopped", owner)
                .update();
    }

    /**
     * With the embedded PostgreSQL no other instance can share the database (its data directory is locked), so at
     * start whatever was running belongs to a process that is gone: it is queued again at once.
     */
    int requeueAllRunning() {
        return jdbc.sql("UPDATE action_run SET state = 'QUEUED', lease_owner = NULL, lease_expires_at = NULL, "
                        + "message = 'Resumed after a restart' WHERE state = 'RUNNING'")
                .update();
    }
}
