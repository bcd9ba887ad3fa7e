package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RegistryLoginTest {

    @Test
    void ecrsAuthorizationTokenDecodesToTheUserAndPasswordOfDockerLogin() {
        String token = Base64.getEncoder().encodeToString("AWS:eyJwYXlsb2FkIjoi:x".getBytes(StandardCharsets.UTF_8));

        RegistryLogin login =
                RegistryLogin.fromAuthorizationToken(token, "https://1.dkr.ecr.us-east-1.amazonaws.com", null);

        assertThat(login.username()).isEqualTo("AWS");
        assertThat(login.password()).isEqualTo("eyJwYXlsb2FkIjoi:x");
    }

    @Test
    void thePasswordNeverShowsInLogs() {
        assertThat(new RegistryLogin("AWS", "s3cret", null, null).toString()).doesNotContain("s3cret");
    }
}
