package dev.gantry.changeset;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approvals and rejections of change sets, and who edited each change set (from the audit log). */
@Repository
class Reviews {

    enum Decision {
        APPROVE,
        REJECT
    }

    private final JdbcClient jdbc;

    Reviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(
            UUID changeSet,
            String reviewer,
            Decision decision,
            String contentHash,
            long contentVersion,
            String comment,
            Instant at) {
        jdbc.sql("INSERT INTO change_set_review (change_set_id, reviewer, decision, content_hash, content_version, "
                        + "comment, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(changeSet, reviewer, decision.name(), contentHash, contentVersion, comment, Timestamp.from(at))
                .update();
    }

    /** Distinct approvers of exactly this content: an approval of an earlier version does not count. */
    Set<String> approvers(UUID changeSet, String contentHash, long contentVersion) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT reviewer FROM change_set_review WHERE change_set_id = ? "
                        + "AND decision = 'APPROVE' AND content_hash = ? AND content_version = ?")
                .params(changeSet, contentHash, contentVersion)
                .query(String.class)
                .list());
    }

    /** Who created the change set or changed any component or connection in it. */
    Set<String> editors(UUID changeSet, String createdBy) {
        Set<String> editors = new HashSet<>(jdbc.sql("SELECT DISTINCT actor FROM audit_entry WHERE change_set_id = ? "
                        + "AND component_id IS NOT NULL")
                .param(changeSet)
                .query(String.class)
                .list());
        editors.add(createdBy);
        return editors;
    }

    List<ReviewView> of(UUID changeSet, long contentVersion) {
        return jdbc.sql("SELECT reviewer, decision, comment, at, content_version FROM change_set_review "
                        + "WHERE change_set_id = ? ORDER BY id")
                .param(changeSet)
                .query((rs, row) -> new ReviewView(
                        rs.getString("reviewer"),
                        rs.getString("decision").equals("APPROVE") ? "approved" : "rejected",
                        rs.getString("comment"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getLong("content_version") == contentVersion))
                .list();
    }
}
