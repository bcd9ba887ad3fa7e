package dev.gantry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@GantryIntegrationTest
class ApplicationHealthIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void healthIsUpWithTheDatabaseIncluded() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asString())
                .isEqualTo("PostgreSQL");
    }

    @Test
    void flywayAppliedEveryTopLevelMigration() throws Exception {
        long files;
        try (var migrations = java.nio.file.Files.list(java.nio.file.Path.of("db/migration"))) {
            files = migrations.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        Integer applied = jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .query(Integer.class).single();

        assertThat(applied).isEqualTo((int) files).isPositive();
    }
}
