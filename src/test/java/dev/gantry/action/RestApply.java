package dev.gantry.action;

import dev.gantry.api.ApiClient;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Approving and applying a change set through the REST API, and waiting for the run to stop, as a user would. */
final class RestApply {

    private RestApply() {}

    /** Requests approval, approves, applies, and returns the run once nothing more can proceed. */
    static JsonNode approveAndApply(ApiClient api, String changeSet) {
        api.ok("POST", "/api/change-sets/" + changeSet + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + changeSet + "/approve", null);
        return awaitRun(
                api,
                api.ok("POST", "/api/change-sets/" + changeSet + "/apply", null)
                        .get("id")
                        .asString());
    }

    /** The run once it is no longer running: succeeded, or waiting on a failure or a hold. */
    static JsonNode awaitRun(ApiClient api, String runId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode run = api.ok("GET", "/api/apply-runs/" + runId, null);
        while (run.get("status").asString().equals("running") && System.nanoTime() < deadline) {
            pause(100);
            run = api.ok("GET", "/api/apply-runs/" + runId, null);
        }
        return run;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
