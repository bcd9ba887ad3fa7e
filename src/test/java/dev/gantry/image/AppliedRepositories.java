package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.TestDatabase;
import dev.gantry.api.ApiClient;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import dev.gantry.security.Actor;
import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * ECR repositories applied to moto through the REST API, then pointed at the test registry: moto creates the
 * repository and hands out the token, the local registry plays ECR's registry at the RepositoryUri.
 */
public final class AppliedRepositories {

    private final ApiClient api;
    private final ResourceService resources;
    private final String registryHost;

    /** {@code resources}: to point RepositoryUri at the test registry, as only the apply engine writes HEAD. */
    public AppliedRepositories(ApiClient api, ResourceService resources, String registryHost) {
        this.api = api;
        this.resources = resources;
        this.registryHost = registryHost;
    }

    /** The component id of a repository on HEAD; with {@code roleArn}, its credential assumes that role. */
    public String applied(String name, String roleArn) {
        String cs = api.newChangeSet("push " + name);
        String keys = "{\"AccessKeyId\":\"AKIAMOTO\",\"SecretAccessKey\":\"moto-secret\""
                + (roleArn == null ? "" : ",\"RoleArn\":\"" + roleArn + "\"") + "}";
        String credential = add(cs, "credential " + name, "AWS Credential", "down frame", null, keys);
        String region = add(cs, "region " + name, "Region", "down frame", credential, "{\"Region\":\"us-east-1\"}");
        String repository =
                add(cs, name, "AWS::ECR::Repository", "component", region, "{\"RepositoryName\":\"" + name + "\"}");
        api.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + cs + "/approve", null);
        String runId = api.ok("POST", "/api/change-sets/" + cs + "/apply", null)
                .get("id")
                .asString();
        JsonNode run = poll(
                "/api/apply-runs/" + runId, r -> !r.get("status").asString().equals("running"));
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        JsonNode resource = api.ok("GET", "/api/change-sets/head/components/" + repository, null)
                .get("resource");
        assertThat(resource.get("attributes").get("RepositoryUri").asString()).endsWith("/" + name);
        Actor.runAs(
                TestDatabase.OWNER,
                () -> resources.recordResource(
                        ComponentId.parse(repository),
                        new ResourceData(
                                name,
                                dev.gantry.model.ResourceStatus.OK,
                                null,
                                null,
                                ApiClient.JSON.createObjectNode().put("RepositoryUri", registryHost + "/" + name))));
        return repository;
    }

    /** Asks again until {@code done}, for at most two minutes. */
    public JsonNode poll(String path, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode answer = api.ok("GET", path, null);
        while (!done.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            answer = api.ok("GET", path, null);
        }
        return answer;
    }

    private String add(String cs, String name, String asset, String type, String parent, String properties) {
        String body = "{\"name\":\"" + name + "\",\"asset\":\"" + asset + "\",\"type\":\"" + type + "\",\"parent\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"properties\":" + properties + "}";
        return api.ok("POST", "/api/change-sets/" + cs + "/components", body)
                .get("id")
                .asString();
    }
}
