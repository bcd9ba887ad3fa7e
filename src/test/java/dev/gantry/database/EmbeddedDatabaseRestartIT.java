package dev.gantry.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryApplication;
import dev.gantry.model.SketchService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default set-up a user gets from {@code ./mvnw spring-boot:run}: no datasource URL, embedded PostgreSQL. */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void whatWasSavedIsStillThereAfterARestart() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(SketchService.class).connect("public-subnet-1", "Subnet Id", "alb", "Subnets");
        }

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(SketchService.class).connections())
                    .anySatisfy(c -> assertThat(c.targetSocket()).isEqualTo("Subnets"));
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments: they beat application.properties, as a user's own settings do.
        return new SpringApplicationBuilder(GantryApplication.class)
                .run("--gantry.data-dir=" + dataDir, "--server.port=0", "--spring.datasource.url=");
    }
}
