package dev.gantry.secret;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that encrypts secrets comes from.
 *
 * @param secretKey base64 of 32 bytes ({@code gantry.secret-key}), for servers whose key lives in a vault or an
 *                  environment variable; unset means a key file in the data directory
 * @param dataDir   Gantry's data directory ({@code gantry.data-dir}, default in application.properties), where the
 *                  generated key is kept as {@code secret.key}
 */
@ConfigurationProperties("gantry")
record SecretProperties(@Nullable String secretKey, Path dataDir) {}
