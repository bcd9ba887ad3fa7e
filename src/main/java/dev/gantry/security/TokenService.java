package dev.gantry.security;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer gantry_…}). A token acts as its owner with the
 * owner's current role; it is shown once, when created, and stored only as a digest. Tokens cannot create
 * tokens, so a leaked one can be revoked for good.
 */
@Service
@Transactional
public class TokenService {

    /** A token as lists show it (never the token itself). */
    public record TokenView(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    /** The answer to creating a token: the only time {@code token} is shown. */
    public record NewToken(UUID id, String name, String token) {}

    static final String PREFIX = "gantry_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokens tokens;

    TokenService(AccessTokens tokens) {
        this.tokens = tokens;
    }

    public NewToken create(String name) {
        Actor actor = Actor.current();
        if (actor.viaToken()) {
            throw new AccessDeniedException("Access tokens are created by a signed-in user, not with a token");
        }
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        if (label.length() > 200) {
            throw new InvalidAccountInputException("A token name has at most 200 characters");
        }
        // PostgreSQL cannot store a NUL, and no other control character belongs in a name shown in lists
        if (label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidAccountInputException("A token name cannot contain control characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        tokens.insert(id, actor.name(), label, token);
        return new NewToken(id, label, token);
    }

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        return tokens.of(Actor.current().name()).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt()))
                .toList();
    }

    public void revoke(UUID id) {
        if (!tokens.revoke(id, Actor.current().name())) {
            throw new UnknownMemberException("You have no active token " + id, true);
        }
    }
}
