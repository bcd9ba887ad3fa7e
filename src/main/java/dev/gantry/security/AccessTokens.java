package dev.gantry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as SHA-256 digests: the database never holds a usable token. */
@Repository
class AccessTokens {

    record StoredToken(
            UUID id, String username, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** A token that authenticates: not revoked, and its owner still a member (with the role they have now). */
    record Valid(UUID id, String username, Role role) {}

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String username, String name, String token) {
        jdbc.sql("INSERT INTO access_token (id, username, name, token_hash) VALUES (?, ?, ?, ?)")
                .params(id, username, name, digest(token))
                .update();
    }

    Optional<Valid> authenticate(String token) {
        Optional<Valid> valid = jdbc.sql("SELECT t.id, t.username, m.role FROM access_token t "
                        + "JOIN workspace_member m ON m.username = t.username AND m.workspace_id = ? "
                        + "WHERE t.token_hash = ? AND t.revoked_at IS NULL")
                .params(Accounts.WORKSPACE, digest(token))
                .query((rs, row) -> new Valid(
                        rs.getObject("id", UUID.class), rs.getString("username"), Role.valueOf(rs.getString("role"))))
                .optional();
        // Last use to the minute is enough to spot a stale token, and spares a write on every call.
        valid.ifPresent(v -> jdbc.sql("UPDATE access_token SET last_used_at = now() WHERE id = ? AND "
                        + "(last_used_at IS NULL OR last_used_at < now() - interval '1 minute')")
                .param(v.id())
                .update());
        return valid;
    }

    List<StoredToken> of(String username) {
        return jdbc.sql("SELECT id, username, name, created_at, last_used_at, revoked_at FROM access_token "
                        + "WHERE username = ? ORDER BY created_at DESC")
                .param(username)
                .query((rs, row) -> new StoredToken(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("name"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    boolean revoke(UUID id, String username) {
        return jdbc.sql("UPDATE access_token SET revoked_at = now() WHERE id = ? AND username = ? "
                                + "AND revoked_at IS NULL")
                        .params(id, username)
                        .update()
                == 1;
    }

    void revokeAllOf(String username) {
        jdbc.sql("UPDATE access_token SET revoked_at = now() WHERE username = ? AND revoked_at IS NULL")
                .param(username)
                .update();
    }

    static String digest(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
