package dev.gantry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in (form and HTTP Basic) against the accounts table. A password hash is slow on purpose (bcrypt),
 * which is right once per sign-in but not for every call of a script using Basic: a successful check is
 * remembered for a minute under a digest of the credentials. Roles are not remembered (they are looked up on
 * every request), and a changed password no longer matches the remembered digest.
 */
class PasswordAuthentication implements AuthenticationProvider {

    private static final Duration REMEMBER = Duration.ofMinutes(1);

    private final DaoAuthenticationProvider passwords;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, Instant until) {}

    PasswordAuthentication(UserDetailsService accounts, PasswordEncoder encoder) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String key = key(request);
        Remembered remembered = key == null ? null : recent.get(key);
        if (remembered != null && remembered.until().isAfter(Instant.now())) {
            return remembered.authentication();
        }
        Authentication result = passwords.authenticate(request);
        if (key != null && result != null) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(key, new Remembered(result, Instant.now().plus(REMEMBER)));
        }
        return result;
    }

    /** Forgets every remembered check of this user (their password or membership changed). */
    void forget(String username) {
        recent.values().removeIf(r -> r.authentication().getName().equals(username));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((request.getName() + "\u0000" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
