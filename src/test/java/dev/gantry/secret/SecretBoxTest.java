package dev.gantry.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    @Test
    void aSealedSecretOpensToItsPlaintextAndDoesNotContainIt() {
        SecretBox box = new SecretBox(new SecretKeyring(new SecretProperties("", dataDir)));

        SecretBox.Sealed sealed = box.seal("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

        assertThat(sealed.value()).doesNotContain("wJalrXUtnFEMI").startsWith("v1:");
        assertThat(box.open(sealed)).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentCiphertexts() {
        SecretBox box = new SecretBox(new SecretKeyring(new SecretProperties("", dataDir)));

        assertThat(box.seal("same").value()).isNotEqualTo(box.seal("same").value());
    }

    @Test
    void theGeneratedKeyFileIsReadableOnlyByItsOwnerAndReusedOnTheNextStart() throws Exception {
        SecretBox.Sealed sealed = new SecretBox(new SecretKeyring(new SecretProperties("", dataDir))).seal("kept");

        assertThat(Files.getPosixFilePermissions(dataDir.resolve("secret.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(new SecretBox(new SecretKeyring(new SecretProperties("", dataDir))).open(sealed))
                .isEqualTo("kept");
    }

    @Test
    void aConfiguredKeyIsUsedInsteadOfTheFile() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);

        new SecretBox(new SecretKeyring(new SecretProperties(key, dataDir))).seal("x");

        assertThat(dataDir.resolve("secret.key")).doesNotExist();
    }

    @Test
    void aSecretSealedWithAnotherKeyIsRefusedWithAClearMessage() {
        SecretBox.Sealed sealed = new SecretBox(new SecretKeyring(new SecretProperties("", dataDir))).seal("x");
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> new SecretBox(new SecretKeyring(new SecretProperties(otherKey, dataDir))).open(sealed))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("gantry.secret-key");
    }
}
