package dev.gantry.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.GantryApplication;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.Geometry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.node.JsonNodeFactory;

/** The default set-up a user gets from {@code ./mvnw spring-boot:run}: no datasource URL, embedded PostgreSQL. */
class EmbeddedDatabaseRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void whatWasSavedIsStillThereAfterARestart() {
        ComponentView saved;
        try (ConfigurableApplicationContext first = start()) {
            signInAsOwner();
            saved = first.getBean(ComponentService.class)
                    .create(
                            ChangeSetId.HEAD,
                            new NewComponent(
                                    "How to VPC",
                                    "AWS::EC2::VPC",
                                    "down frame",
                                    null,
                                    Geometry.DEFAULT,
                                    JsonNodeFactory.instance.objectNode().put("CidrBlock", "10.0.0.0/16")));
        }

        try (ConfigurableApplicationContext second = start()) {
            ComponentView reloaded = second.getBean(ComponentService.class).get(saved.changeSetId(), saved.id());
            assertThat(reloaded.name()).isEqualTo("How to VPC");
            assertThat(reloaded.values().get("CidrBlock").asString()).isEqualTo("10.0.0.0/16");
        }
        assertThat(Files.isDirectory(dataDir.resolve("postgres"))).isTrue();
    }

    /** As the bootstrap owner's requests would be; after start, which installs Vaadin's context holder. */
    private static void signInAsOwner() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "owner", null, List.of(new SimpleGrantedAuthority("ROLE_OWNER"))));
        SecurityContextHolder.setContext(context);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theEmbeddedServerKeepsPostgresDurabilityDefaults() {
        try (ConfigurableApplicationContext gantry = start()) {
            JdbcClient jdbc = gantry.getBean(JdbcClient.class);
            // An edit answered 200 is on disk: WAL flushed at commit, and flushed for real.
            assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single())
                    .isEqualTo("on");
        }
    }

    @Test
    void aSecondGantryOnTheSameDataDirectoryIsRefusedWithAClearMessage() {
        try (ConfigurableApplicationContext first = start()) {
            assertThatThrownBy(this::start)
                    .hasStackTraceContaining("Another Gantry is running with the data directory");
            assertThat(first.getBean(JdbcClient.class)
                            .sql("SELECT 1")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments: they beat application.properties, as a user's own settings do.
        return new SpringApplicationBuilder(GantryApplication.class)
                .run(
                        "--gantry.data-dir=" + dataDir,
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--gantry.security.bootstrap-user=owner",
                        "--gantry.security.bootstrap-password=owner-password-1");
    }
}
