package dev.gantry.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their memberships in PostgreSQL. */
@Repository
class Accounts {

    /** The one workspace (created by V10) until teams arrive; memberships are per workspace already. */
    static final UUID WORKSPACE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    record Account(
            String username, String passwordHash, String source, int failedSignIns, Instant lockedUntil, Role role) {}

    record Membership(String username, Role role, String source, Instant addedAt) {}

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT a.username, a.password_hash, a.source, a.failed_sign_ins, a.locked_until, m.role "
                        + "FROM account a LEFT JOIN workspace_member m ON m.username = a.username AND m.workspace_id = ? "
                        + "WHERE a.username = ?")
                .params(WORKSPACE, username)
                .query((rs, row) -> new Account(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("source"),
                        rs.getInt("failed_sign_ins"),
                        instant(rs.getTimestamp("locked_until")),
                        rs.getString("role") == null ? null : Role.valueOf(rs.getString("role"))))
                .optional();
    }

    boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM account)")
                .query(Boolean.class)
                .single();
    }

    /** Serialises the first-run check with the insert, so two first visitors cannot both become owner. */
    void lockForFirstOwner() {
        jdbc.sql("LOCK TABLE account IN SHARE ROW EXCLUSIVE MODE").update();
    }

    void insert(String username, String passwordHash, String source) {
        jdbc.sql("INSERT INTO account (username, password_hash, source) VALUES (?, ?, ?)")
                .params(username, passwordHash, source)
                .update();
    }

    void setPassword(String username, String passwordHash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?")
                .params(passwordHash, username)
                .update();
    }

    void putMember(String username, Role role) {
        jdbc.sql("INSERT INTO workspace_member (workspace_id, username, role) VALUES (?, ?, ?) "
                        + "ON CONFLICT (workspace_id, username) DO UPDATE SET role = EXCLUDED.role")
                .params(WORKSPACE, username, role.name())
                .update();
    }

    boolean removeMember(String username) {
        return jdbc.sql("DELETE FROM workspace_member WHERE workspace_id = ? AND username = ?")
                        .params(WORKSPACE, username)
                        .update()
                == 1;
    }

    List<Membership> members() {
        return jdbc.sql("SELECT m.username, m.role, a.source, m.added_at FROM workspace_member m "
                        + "JOIN account a ON a.username = m.username WHERE m.workspace_id = ? ORDER BY m.username")
                .param(WORKSPACE)
                .query((rs, row) -> new Membership(
                        rs.getString("username"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("source"),
                        instant(rs.getTimestamp("added_at"))))
                .list();
    }

    /** Locks the workspace's memberships while a change checks that an owner remains. */
    List<Membership> membersForUpdate() {
        jdbc.sql("SELECT 1 FROM workspace_member WHERE workspace_id = ? FOR UPDATE")
                .param(WORKSPACE)
                .query()
                .listOfRows();
        return members();
    }

    int memberCount() {
        return jdbc.sql("SELECT count(*) FROM workspace_member WHERE workspace_id = ?")
                .param(WORKSPACE)
                .query(Integer.class)
                .single();
    }

    Optional<Role> roleOf(String username) {
        return jdbc.sql("SELECT role FROM workspace_member WHERE workspace_id = ? AND username = ?")
                .params(WORKSPACE, username)
                .query(String.class)
                .optional()
                .map(Role::valueOf);
    }

    /** One more failed sign-in; past the allowance the account waits, twice as long after each further failure. */
    void failedSignIn(String username, int allowance, long baseSeconds, long maxSeconds) {
        jdbc.sql("UPDATE account SET failed_sign_ins = failed_sign_ins + 1, locked_until = CASE "
                        + "WHEN failed_sign_ins + 1 >= ? THEN now() + make_interval(secs => "
                        + "LEAST(?, ? * power(2, LEAST(failed_sign_ins + 1 - ?, 20)))) ELSE locked_until END "
                        + "WHERE username = ?")
                .params(allowance, maxSeconds, baseSeconds, allowance, username)
                .update();
    }

    void signedIn(String username) {
        jdbc.sql("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE username = ? "
                        + "AND (failed_sign_ins <> 0 OR locked_until IS NOT NULL)")
                .param(username)
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
