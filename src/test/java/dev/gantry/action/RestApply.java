package dev.gantry.action;

import dev.gantry.api.ApiClient;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Building, approving and applying a change set through the REST API, and waiting for the run to stop, as a user
 * would.
 */
public final class RestApply {

    private RestApply() {}

    /** Requests approval, approves, applies, and returns the run once nothing more can proceed. */
    public static JsonNode approveAndApply(ApiClient api, String changeSet) {
        api.ok("POST", "/api/change-sets/" + changeSet + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + changeSet + "/approve", null);
        return awaitRun(
                api,
                api.ok("POST", "/api/change-sets/" + changeSet + "/apply", null)
                        .get("id")
                        .asString());
    }

    /** The run once it is no longer running: succeeded, or waiting on a failure or a hold. */
    public static JsonNode awaitRun(ApiClient api, String runId) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode run = api.ok("GET", "/api/apply-runs/" + runId, null);
        while (run.get("status").asString().equals("running") && System.nanoTime() < deadline) {
            pause(100);
            run = api.ok("GET", "/api/apply-runs/" + runId, null);
        }
        return run;
    }

    /** Abandons a change set that has served its purpose, so that it leaves nothing open. */
    static void abandon(ApiClient api, String changeSet) {
        api.ok("POST", "/api/change-sets/" + changeSet + "/abandon", null);
    }

    /** A new component in the change set (parent may be null); its id. */
    public static String add(
            ApiClient api, String cs, String name, String asset, String type, String parent, String properties) {
        String body = "{\"name\":\"" + name + "\",\"asset\":\"" + asset + "\",\"type\":\"" + type + "\",\"parent\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"properties\":" + properties + "}";
        return api.ok("POST", "/api/change-sets/" + cs + "/components", body)
                .get("id")
                .asString();
    }

    /**
     * An AWS Credential frame with moto's keys and a Region frame for us-east-1 inside it, named after the change
     * set: the frame an apply against moto needs. The Region's id.
     */
    public static String regionFrame(ApiClient api, String cs) {
        String credential = add(
                api,
                cs,
                "moto-" + cs.substring(0, 8),
                "AWS Credential",
                "down frame",
                null,
                "{\"AccessKeyId\":\"AKIAMOTO\",\"SecretAccessKey\":\"moto-secret\"}");
        return add(
                api,
                cs,
                "region-" + cs.substring(0, 8),
                "Region",
                "down frame",
                credential,
                "{\"Region\":\"us-east-1\"}");
    }

    /** A component as HEAD holds it, resource data included. */
    public static JsonNode head(ApiClient api, String component) {
        return api.ok("GET", "/api/change-sets/head/components/" + component, null);
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
