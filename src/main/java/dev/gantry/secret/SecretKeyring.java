package dev.gantry.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where the key that encrypts secrets comes from: {@code gantry.secret-key} (base64 of 32 bytes, for servers
 * whose key lives in a vault or an environment variable), or else a key generated once into
 * {@code <gantry.data-dir>/secret.key}, readable only by its owner.
 */
@Component
class SecretKeyring {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyring.class);
    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    SecretKeyring(SecretProperties properties) {
        String configuredKey = properties.secretKey();
        this.key = new SecretKeySpec(
                configuredKey == null || configuredKey.isBlank()
                        ? keyFile(properties.dataDir().resolve("secret.key"))
                        : decode(configuredKey, "gantry.secret-key"),
                "AES");
    }

    SecretKey key() {
        return key;
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.notExists(file)) {
                generate(file);
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] fresh = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
        log.info("Generated the key that encrypts secrets at {} (owner read/write only)", file);
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must hold base64 of " + KEY_BYTES + " bytes");
        }
        return bytes;
    }
}
