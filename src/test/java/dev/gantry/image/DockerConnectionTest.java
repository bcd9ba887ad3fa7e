package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConnectionTest {

    @Test
    void withoutAnEngineTheUserIsToldWhereGantryLookedAndWhatToDo(@TempDir Path dir) throws Exception {
        String host = "unix://" + dir.resolve("docker.sock");
        try (DockerConnection docker = new DockerConnection(new DockerProperties(host, null))) {
            assertThatThrownBy(() -> docker.call(c -> c.listImagesCmd().exec()))
                    .isInstanceOf(DockerUnavailableException.class)
                    .hasMessageContaining("No Docker engine answers at " + host)
                    .hasMessageContaining("gantry.docker.host");
        }
    }
}
