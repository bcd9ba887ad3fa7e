package dev.gantry.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gantry.security.*}.
 *
 * @param bootstrapUser     with {@code bootstrapPassword}: the owner account created at start when none exists
 * @param signInAttempts    wrong passwords in a row before the account is locked for {@code lockout}
 * @param lockout           the first lock-out; each further failure doubles it, up to {@code maxLockout}
 * @param allowedOrigins    origins besides Gantry's own whose browsers may call the API (none by default)
 * @param roleClaim         the OpenID Connect claim that lists a user's groups
 * @param groupRoles        IdP group → Gantry role ({@code gantry-approvers: approver})
 */
@ConfigurationProperties("gantry.security")
record SecuritySettings(
        String bootstrapUser,
        String bootstrapPassword,
        @DefaultValue("5") int signInAttempts,
        @DefaultValue("30s") Duration lockout,
        @DefaultValue("15m") Duration maxLockout,
        @DefaultValue java.util.List<String> allowedOrigins,
        @DefaultValue("groups") String roleClaim,
        @DefaultValue Map<String, String> groupRoles) {}
