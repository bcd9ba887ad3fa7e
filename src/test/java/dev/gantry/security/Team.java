package dev.gantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.api.ApiClient;
import dev.gantry.aws.MotoServer;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A workspace with a team (its own database, so the shared test context keeps its single owner): an owner, a
 * viewer, a collaborator and two approvers, each signing in with a password, and moto as the cloud. Test classes
 * extending this share one context.
 */
@GantryIntegrationTest
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=team")
@ExtendWith(MotoServer.class)
abstract class Team {

    static final String PASSWORD = "correct-horse-battery";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void cloud(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
    }

    ApiClient owner() {
        return new ApiClient(port);
    }

    /** The member, created on first use with the role its name says (viewer-…, collaborator-…, approver-…). */
    ApiClient member(String username) {
        ApiClient owner = owner();
        if (owner.call("GET", "/api/members", null)
                .body()
                .valueStream()
                .noneMatch(m -> m.get("username").asString().equals(username))) {
            owner.ok(
                    "POST",
                    "/api/members",
                    "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\""
                            + username.replaceAll("-.*", "") + "\"}");
        }
        return owner.as(username, PASSWORD);
    }

    static String id(tools.jackson.databind.JsonNode created) {
        return created.get("id").asString();
    }

    /** A change set with a credential, a region and one ECR repository, built by {@code author}. */
    String build(ApiClient author, String name, String repository) {
        String cs = author.newChangeSet(name);
        String credential = add(
                author,
                cs,
                "moto " + repository,
                "AWS Credential",
                null,
                "{\"AccessKeyId\":\"AKIAMOTO\",\"SecretAccessKey\":\"moto-secret\"}");
        String region = add(author, cs, "region " + repository, "Region", credential, "{\"Region\":\"us-east-1\"}");
        add(author, cs, repository, "AWS::ECR::Repository", region, "{\"RepositoryName\":\"" + repository + "\"}");
        return cs;
    }

    String add(ApiClient api, String cs, String name, String asset, String parent, String properties) {
        String type = asset.startsWith("AWS::") ? "component" : "down frame";
        return id(api.ok(
                "POST",
                "/api/change-sets/" + cs + "/components",
                "{\"name\":\"" + name + "\",\"asset\":\""
                        + asset + "\",\"type\":\"" + type + "\",\"parent\":"
                        + (parent == null ? "null" : "\"" + parent + "\"")
                        + ",\"properties\":" + properties + "}"));
    }

    String componentId(String cs, String name) {
        return owner().ok("GET", "/api/change-sets/" + cs + "/components", null)
                .valueStream()
                .filter(c -> c.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
    }

    void applyReviewed(ApiClient author, ApiClient reviewer, String cs) {
        author.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        reviewer.ok("POST", "/api/change-sets/" + cs + "/approve", null);
        String run = id(author.ok("POST", "/api/change-sets/" + cs + "/apply", null));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode state = author.ok("GET", "/api/apply-runs/" + run, null);
        while (state.get("status").asString().equals("running") && System.nanoTime() < deadline) {
            sleep();
            state = author.ok("GET", "/api/apply-runs/" + run, null);
        }
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("succeeded");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
