package dev.gantry.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryProcess;
import dev.gantry.api.ApiClient;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Gantry in its own JVM with its embedded PostgreSQL, killed with SIGKILL as a power cut or the OOM killer
 * would: the first start afterwards is healthy, and every edit that was answered 200 is there.
 */
class CrashRestartIT {

    private static final int CLIENTS = 6;

    @TempDir
    Path dataDir;

    @Test
    void killedDuringAnEditBurstItRestartsAtOnceWithEveryAcknowledgedEdit() throws Exception {
        String changeSet;
        List<String> repositories = new ArrayList<>();
        AtomicIntegerArray acknowledged = new AtomicIntegerArray(CLIENTS);
        try (GantryProcess gantry = GantryProcess.start(dataDir)) {
            ApiClient api = gantry.api();
            changeSet = api.newChangeSet("edit burst");
            for (int client = 0; client < CLIENTS; client++) {
                repositories.add(api.ok(
                                "POST",
                                "/api/change-sets/" + changeSet + "/components",
                                "{\"name\":\"repository-" + client + "\",\"asset\":\"AWS::ECR::Repository\"}")
                        .path("id")
                        .asString());
                acknowledged.set(client, -1);
            }
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                clients.submit(() -> editUntilRefused(api, changeSet, repositories.get(c), c, acknowledged));
            }
            GantryProcess.sleep(Duration.ofSeconds(3));
            gantry.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        for (int client = 0; client < CLIENTS; client++) {
            assertThat(acknowledged.get(client))
                    .as("edits answered 200 before the kill")
                    .isPositive();
        }

        try (GantryProcess restarted = GantryProcess.start(dataDir)) {
            for (int client = 0; client < CLIENTS; client++) {
                JsonNode component = restarted
                        .api()
                        .ok("GET", "/api/change-sets/" + changeSet + "/components/" + repositories.get(client), null);
                String stored = component.path("values").path("RepositoryName").asString();
                // The edit in flight at the kill may have committed too; none that was answered may be missing.
                assertThat(editNumber(stored, client))
                        .as("repository-%s after the restart", client)
                        .isGreaterThanOrEqualTo(acknowledged.get(client));
            }
        }
    }

    @Test
    void killingBothGantryAndItsPostgresLosesNothingAndTheFirstRestartIsHealthy() {
        String changeSet;
        try (GantryProcess gantry = GantryProcess.start(dataDir)) {
            changeSet = gantry.api().newChangeSet("survives");
            ProcessHandle postgres = gantry.postgres().orElseThrow();
            postgres.destroyForcibly();
            gantry.kill();
            postgres.onExit().join();
        }

        try (GantryProcess restarted = GantryProcess.start(dataDir)) {
            assertThat(restarted
                            .awaitLog("Heap compacted once serving", Duration.ofSeconds(30))
                            .log())
                    .as("the catalogue loads once the port is open, then start-up's garbage is collected (README,"
                            + " \"Start-up and memory\")")
                    .containsSubsequence("Tomcat started on port", "Catalogue of", "Heap compacted once serving");
            assertThat(restarted
                            .api()
                            .ok("GET", "/api/change-sets/" + changeSet, null)
                            .path("name")
                            .asString())
                    .isEqualTo("survives");
        }
    }

    private static void editUntilRefused(
            ApiClient api, String changeSet, String component, int client, AtomicIntegerArray acknowledged) {
        for (int edit = 0; ; edit++) {
            try {
                ApiClient.Response answer = api.call(
                        "PATCH",
                        "/api/change-sets/" + changeSet + "/components/" + component + "/properties",
                        "{\"RepositoryName\":\"r" + client + "-" + edit + "\"}");
                if (answer.status() != 200) {
                    throw new AssertionError("edit " + edit + " answered " + answer.status() + ": " + answer.body());
                }
                acknowledged.set(client, edit);
            } catch (UncheckedIOException killed) {
                return;
            }
        }
    }

    private static int editNumber(String repositoryName, int client) {
        assertThat(repositoryName).startsWith("r" + client + "-");
        return Integer.parseInt(repositoryName.substring(repositoryName.indexOf('-') + 1));
    }
}
