package dev.gantry.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A real {@link SecretBox} with a fresh key, for tests outside this package. */
public final class TestSecrets {

    private TestSecrets() {}

    public static SecretBox box() {
        try {
            return new SecretBox(
                    new SecretKeyring(new SecretProperties(null, Files.createTempDirectory("gantry-test-secrets"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
