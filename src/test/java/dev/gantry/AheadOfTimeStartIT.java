package dev.gantry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.api.ApiClient;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Gantry started with the bean definitions Spring's AOT processing worked out when the jar was packaged
 * ({@code -Dspring.aot.enabled=true}, README "Start-up and memory"): the build, not the start, decided which beans
 * exist, so this checks that what it decided is the whole of Gantry, and that a start whose settings the build could
 * not know is refused rather than run with the wrong beans.
 */
class AheadOfTimeStartIT {

    @TempDir
    Path dataDir;

    @Test
    void startedAheadOfTimeGantryServesItsPagesTheApiAndTheCatalogueOnItsEmbeddedDatabase() throws Exception {
        try (GantryProcess gantry = GantryProcess.launchAheadOfTime(dataDir).awaitHealthy()) {
            assertThat(gantry.log()).contains("Starting AOT-processed GantryApplication");
            ApiClient api = gantry.api();

            String changeSet = api.newChangeSet("ahead of time");
            String repository = api.addComponent(changeSet, "images", "AWS::ECR::Repository");
            api.ok(
                    "PATCH",
                    "/api/change-sets/" + changeSet + "/components/" + repository + "/properties",
                    "{\"RepositoryName\":\"gantry-images\"}");
            JsonNode stored = api.ok("GET", "/api/change-sets/" + changeSet + "/components/" + repository, null);
            assertThat(stored.path("values").path("RepositoryName").asString()).isEqualTo("gantry-images");

            JsonNode found = api.ok("GET", "/api/assets?q=bucket", null);
            assertThat(found.toString()).contains("AWS::S3::Bucket");

            HttpResponse<String> signIn = HttpClient.newHttpClient()
                    .send(api.anonymous().request("/login").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("<html");

            assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION")))
                    .as("the work is in the embedded PostgreSQL under the data directory")
                    .isTrue();
        }
    }

    @Test
    void anExternalDatabaseIsRefusedAtOnceWithHowToStartInstead() {
        GantryProcess gantry = GantryProcess.launchAheadOfTime(
                dataDir, "--spring.datasource.url=jdbc:postgresql://localhost:1/elsewhere");

        assertThat(gantry.awaitExit(Duration.ofMinutes(3))).isNotZero();
        assertThat(gantry.log())
                .contains("an external database (spring.datasource.url) needs other beans")
                .contains("start Gantry without -Dspring.aot.enabled=true");
        assertThat(dataDir.resolve("postgres"))
                .as("no embedded PostgreSQL was started in its place")
                .doesNotExist();
    }
}
