package dev.gantry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@GantryIntegrationTest
class ApplicationHealthIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneSeesWhetherGantryIsUpButOnlyASignedInOwnerSeesTheDetails() {
        ApiClient owner = new ApiClient(port);

        ApiClient.Response anonymous = owner.anonymous().call("GET", "/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body().path("status").asString()).isEqualTo("UP");
        assertThat(anonymous.body().has("components"))
                .as(anonymous.body().toString())
                .isFalse();
        assertThat(anonymous.body().toString()).doesNotContain("diskSpace", "free", "path");

        JsonNode health = owner.ok("GET", "/actuator/health", null);
        assertThat(health.path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components")
                        .path("db")
                        .path("details")
                        .path("database")
                        .asString())
                .isEqualTo("PostgreSQL");
    }

    @Test
    void actuatorExposesNothingButHealthAndInfo() {
        ApiClient owner = new ApiClient(port);

        assertThat(owner.call("GET", "/actuator/env", null).status()).isIn(403, 404);
        assertThat(owner.call("GET", "/actuator/beans", null).status()).isIn(403, 404);
        assertThat(owner.anonymous().call("GET", "/actuator/info", null).status())
                .isEqualTo(200);
    }

    @Test
    void flywayAppliedEveryTopLevelMigration() throws Exception {
        long files;
        try (var migrations = java.nio.file.Files.list(java.nio.file.Path.of("db/migration"))) {
            files = migrations
                    .filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        }
        Integer applied = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .query(Integer.class)
                .single();

        assertThat(applied).isEqualTo((int) files).isPositive();
    }
}
