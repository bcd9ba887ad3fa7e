package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An AWS Credential's keys are sealed at rest, redacted in every answer and log line, and opened only for the
 * cloud call ({@link ResourceService#desiredResource}).
 */
@GantryIntegrationTest
@AsOwner
@ExtendWith(OutputCaptureExtension.class)
class SecretsAtRestIT {

    private static final String FIRST_SECRET = "wJalrXUtnFEMI/first-plaintext-secret";
    private static final String SECOND_SECRET = "wJalrXUtnFEMI/second-plaintext-secret";
    private static final String SESSION_TOKEN = "session-token-plaintext";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceService resources;

    @Autowired
    ChangeSetService changeSets;

    @Test
    void aCredentialsSecretKeyIsStoredSealedShownRedactedAndOpenedOnlyForTheCloudCall(CapturedOutput output) {
        ApiClient api = new ApiClient(port);
        String cs = api.newChangeSet("secrets");
        String credential = create(
                api,
                cs,
                "creds",
                "AWS Credential",
                null,
                "{\"AccessKeyId\":\"AKIAIOSFODNN7EXAMPLE\",\"SecretAccessKey\":\"" + FIRST_SECRET + "\","
                        + "\"SessionToken\":\"" + SESSION_TOKEN + "\"}");
        String region = create(api, cs, "us-east-1", "Region", credential, "{\"Region\":\"us-east-1\"}");
        String vpc = create(api, cs, "How to VPC", "AWS::EC2::VPC", region, "{\"CidrBlock\":\"10.0.0.0/16\"}");
        api.ok(
                "PATCH",
                "/api/change-sets/" + cs + "/components/" + credential + "/properties",
                "{\"SecretAccessKey\":\"" + SECOND_SECRET + "\"}");
        ApiClient.Response refused = api.call(
                "PATCH",
                "/api/change-sets/" + cs + "/components/" + credential + "/properties",
                "{\"SecretAccessKey\":[\"refused-" + FIRST_SECRET + "\"]}");

        assertThat(refused.status()).isEqualTo(422);
        List<String> answers = List.of(
                refused.body().toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/components/" + credential, null)
                        .toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/components", null).toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/components/" + credential + "/code", null)
                        .toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/components/" + vpc, null)
                        .toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/diff", null).toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/audit", null).toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/qualifications", null)
                        .toString(),
                api.ok("GET", "/api/change-sets/" + cs + "/connections", null).toString());
        answers.forEach(answer -> assertNoPlaintext(answer));
        assertThat(answers.get(1)).contains("<redacted>");
        assertThat(answers.get(3)).contains("\"SecretAccessKey\":\"<redacted>\"");

        apply(api, cs);
        String later = api.newChangeSet("rotate");
        api.ok(
                "PATCH",
                "/api/change-sets/" + later + "/components/" + credential + "/properties",
                "{\"SecretAccessKey\":\"" + FIRST_SECRET + "\"}");
        JsonNode diff = api.ok("GET", "/api/change-sets/" + later + "/diff", null);
        assertNoPlaintext(diff.toString());
        assertThat(diff.toString()).as("the diff sees that the secret changed").contains("secrets.SecretAccessKey");
        assertNoPlaintext(api.ok("GET", "/api/change-sets/head/audit", null).toString());
        assertNoPlaintext(api.ok("GET", "/api/change-sets/head/components/" + credential, null)
                .toString());

        List<String> stored = jdbc.sql("SELECT data::text FROM head_component UNION ALL "
                        + "SELECT data::text FROM change_set_component WHERE data IS NOT NULL UNION ALL "
                        + "SELECT base::text FROM change_set_component WHERE base IS NOT NULL UNION ALL "
                        + "SELECT coalesce(before::text, '') || coalesce(after::text, '') FROM audit_entry")
                .query(String.class)
                .list();
        stored.forEach(SecretsAtRestIT::assertNoPlaintext);
        String headRow = jdbc.sql(
                        "SELECT data->'secrets'->>'SecretAccessKey' FROM head_component WHERE component_id = ?")
                .param(java.util.UUID.fromString(credential))
                .query(String.class)
                .single();
        assertThat(headRow).startsWith("v1:");

        DesiredResource desired = resources.desiredResource(ComponentId.parse(vpc));
        assertThat(desired.credential()).hasValueSatisfying(c -> {
            assertThat(c.accessKeyId()).contains("AKIAIOSFODNN7EXAMPLE");
            assertThat(c.secretAccessKey()).contains(SECOND_SECRET);
            assertThat(c.sessionToken()).contains(SESSION_TOKEN);
        });
        assertThat(desired.region()).contains("us-east-1");
        assertNoPlaintext(output.getAll());
    }

    private static void assertNoPlaintext(String text) {
        assertThat(text)
                .doesNotContain(FIRST_SECRET)
                .doesNotContain(SECOND_SECRET)
                .doesNotContain(SESSION_TOKEN);
    }

    private static String create(
            ApiClient api, String cs, String name, String asset, String parent, String properties) {
        return api.ok(
                        "POST",
                        "/api/change-sets/" + cs + "/components",
                        "{\"name\":\"" + name + "\",\"asset\":\""
                                + asset + "\",\"type\":\"down frame\",\"parent\":"
                                + (parent == null ? "null" : "\"" + parent + "\"")
                                + ",\"properties\":" + properties + "}")
                .get("id")
                .asString();
    }

    /** The merge apply performs; no cloud is needed to see where secrets are kept. */
    private void apply(ApiClient api, String cs) {
        api.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + cs + "/approve", null);
        changeSets.applyMerge(ChangeSetId.parse(cs));
    }
}
