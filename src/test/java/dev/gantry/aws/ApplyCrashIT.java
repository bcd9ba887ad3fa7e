package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryProcess;
import dev.gantry.api.ApiClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import tools.jackson.databind.JsonNode;

/**
 * Gantry killed with SIGKILL in the middle of an apply against moto: the first restart is healthy, resumes the
 * run from the database, and finishes it without creating any resource twice.
 */
@ExtendWith(MotoServer.class)
class ApplyCrashIT {

    private static final int VPCS = 6; // each with its create and the refresh that follows it

    @TempDir
    Path dataDir;

    @Test
    void anApplyKilledHalfwayCompletesAfterTheRestartWithNoDuplicateResource() {
        String[] settings = {
            "--gantry.aws.endpoint=" + MotoServer.endpoint(),
            "--gantry.aws.poll-interval=100ms",
            "--gantry.aws.injected-latency=700ms",
            "--gantry.apply.parallelism=2"
        };
        List<String> cidrs = new ArrayList<>();
        String run;
        try (GantryProcess gantry = GantryProcess.start(dataDir, settings)) {
            ApiClient api = gantry.api();
            String cs = api.newChangeSet("crash during apply");
            for (int i = 0; i < VPCS; i++) {
                String cidr = "10." + (230 + i) + ".0.0/16";
                cidrs.add(cidr);
                api.ok(
                        "POST",
                        "/api/change-sets/" + cs + "/components",
                        "{\"name\":\"crash-vpc-" + i + "\",\"asset\":\"AWS::EC2::VPC\",\"properties\":{\"CidrBlock\":\""
                                + cidr + "\"}}");
            }
            api.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
            api.ok("POST", "/api/change-sets/" + cs + "/approve", null);
            run = api.ok("POST", "/api/change-sets/" + cs + "/apply", null)
                    .path("id")
                    .asString();
            awaitSomeButNotAllDone(api, run);
            gantry.kill();
        }

        try (GantryProcess restarted = GantryProcess.start(dataDir, settings)) {
            JsonNode finished = awaitFinished(restarted.api(), run);
            assertThat(finished.path("status").asString()).as("%s", finished).isEqualTo("succeeded");
        }
        try (Ec2Client ec2 = MotoServer.client(Ec2Client.builder())) {
            var vpcs = ec2.describeVpcs().vpcs();
            for (String cidr : cidrs) {
                assertThat(vpcs)
                        .filteredOn(vpc -> cidr.equals(vpc.cidrBlock()))
                        .as("VPCs with %s in moto", cidr)
                        .hasSize(1);
            }
        }
    }

    private static void awaitSomeButNotAllDone(ApiClient api, String run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            long done = succeeded(api.ok("GET", "/api/apply-runs/" + run, null));
            if (done >= 1) {
                assertThat(done).as("actions done before the kill").isLessThan(VPCS);
                return;
            }
            GantryProcess.sleep(Duration.ofMillis(50));
        }
        throw new AssertionError("No action finished within 2 minutes");
    }

    private static JsonNode awaitFinished(ApiClient api, String run) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode view = api.ok("GET", "/api/apply-runs/" + run, null);
        // Creates are followed by refreshes: the run is done when it says so, not when six actions succeeded.
        while (!view.path("finishedAt").isString() && System.nanoTime() < deadline) {
            GantryProcess.sleep(Duration.ofMillis(200));
            view = api.ok("GET", "/api/apply-runs/" + run, null);
        }
        return view;
    }

    private static long succeeded(JsonNode run) {
        long n = 0;
        for (JsonNode action : run.path("actions")) {
            if ("SUCCEEDED".equals(action.path("state").asString())) {
                n++;
            }
        }
        return n;
    }
}
