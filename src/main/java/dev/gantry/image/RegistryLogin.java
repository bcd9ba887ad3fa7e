package dev.gantry.image;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * What {@code docker login} is given for a registry: ECR's authorization token, decoded. Plaintext, in memory
 * only for the moment of a push; {@link #toString()} redacts the password.
 *
 * @param proxyEndpoint the registry ECR names for the token ({@code https://123456789012.dkr.ecr.…}); may be null
 * @param expiresAt     when the token stops working; may be null
 */
public record RegistryLogin(String username, String password, String proxyEndpoint, Instant expiresAt) {

    /** ECR's token is base64 of {@code AWS:<password>}. */
    public static RegistryLogin fromAuthorizationToken(String token, String proxyEndpoint, Instant expiresAt) {
        String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("The registry authorization token is not of the form user:password");
        }
        return new RegistryLogin(decoded.substring(0, colon), decoded.substring(colon + 1), proxyEndpoint, expiresAt);
    }

    @Override
    public String toString() {
        return "RegistryLogin[username=" + username + ", password=<redacted>, proxyEndpoint=" + proxyEndpoint
                + ", expiresAt=" + expiresAt + "]";
    }
}
