package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The inputs issue 9 found breaking the API, one by one: each is a 4xx problem body that names the field or says
 * where the body is wrong, and the change set is as it was.
 */
@GantryIntegrationTest
class ApiEdgeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String cs;
    String repository;
    String components;

    @BeforeEach
    void changeSetWithARepository() {
        api = new ApiClient(port);
        cs = api.newChangeSet("edge");
        components = "/api/change-sets/" + cs + "/components";
        repository = api.ok("POST", components, "{\"name\":\"repo\",\"asset\":\"AWS::ECR::Repository\"}")
                .get("id")
                .asString();
    }

    private JsonNode problem(ApiClient.Response r, int status, String field) {
        assertThat(r.status()).as("%s", r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(r.body().path("field").asString()).as("%s", r.body()).isEqualTo(field);
        }
        return r.body();
    }

    private String state() {
        return api.ok("GET", "/api/change-sets/" + cs + "/diff", null).toString()
                + api.ok("GET", "/api/change-sets/" + cs + "/audit", null).size();
    }

    @Test
    void namesArePrintableAndAtMost255Characters() {
        String before = state();
        problem(api.call("POST", "/api/change-sets", "{\"name\":\"a\\u0000b\"}"), 400, "name");
        problem(api.call("POST", "/api/change-sets", "{\"name\":\"" + "n".repeat(300_000) + "\"}"), 400, "name");
        problem(
                api.call(
                        "POST",
                        components,
                        "{\"name\":\"" + "c".repeat(256) + "\",\"asset\":\"AWS::ECR::Repository\"}"),
                400,
                "name");
        problem(api.call("PUT", components + "/" + repository + "/name", "{\"name\":\"tab\\there\"}"), 400, "name");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void propertyValuesAreStorableAndBounded() {
        String before = state();
        String patch = components + "/" + repository + "/properties";
        problem(api.call("PATCH", patch, "{\"RepositoryName\":\"a\\u0000b\"}"), 400, "properties.RepositoryName");
        problem(
                api.call("PATCH", patch, "{\"RepositoryPolicyText\":{\"Statement\":\"" + "x".repeat(300_000) + "\"}}"),
                400,
                "properties.RepositoryPolicyText");
        JsonNode tooLarge =
                problem(api.call("PATCH", patch, "{\"RepositoryName\":\"" + "x".repeat(2_000_000) + "\"}"), 413, null);
        assertThat(tooLarge.path("detail").asString()).contains("1048576");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void geometryIsFiniteAndPositiveOnCreateAsOnResize() {
        String before = state();
        problem(api.call("PUT", components + "/" + repository + "/position", "{\"x\":1e400,\"y\":1}"), 400, "x");
        problem(
                api.call("POST", components, "{\"asset\":\"AWS::ECR::Repository\",\"x\":0,\"y\":0,\"width\":-100}"),
                400,
                "geometry.width");
        problem(
                api.call(
                        "POST",
                        components,
                        "{\"asset\":\"AWS::ECR::Repository\",\"x\":0,\"y\":0,\"width\":0," + "\"height\":0}"),
                400,
                "geometry.width");
        problem(api.call("PUT", components + "/" + repository + "/size", "{\"width\":0,\"height\":10}"), 400, "width");
        assertThat(state()).isEqualTo(before);
        assertThat(api.call("GET", "/api/change-sets/" + cs, null).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonAndWrongTypesSayWhereAndWhatWasExpected() {
        JsonNode malformed =
                problem(api.call("PUT", components + "/" + repository + "/position", "{\"x\":1,\n\"y\":}"), 400, null);
        assertThat(malformed.path("line").asInt()).isEqualTo(2);
        assertThat(malformed.path("detail").asString()).contains("line 2");
        JsonNode wrongType = problem(
                api.call("PUT", components + "/" + repository + "/position", "{\"x\":\"left\",\"y\":1}"), 400, null);
        assertThat(wrongType.path("pointer").asString()).isEqualTo("/x");
        assertThat(wrongType.path("expected").asString()).isEqualTo("a number");
        JsonNode deep = problem(
                api.call(
                        "PATCH",
                        components + "/" + repository + "/properties",
                        "{\"RepositoryPolicyText\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"),
                400,
                null);
        assertThat(deep.path("detail").asString()).contains("nesting depth");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        problem(api.call("POST", components, "{\"name\":\"no asset\"}"), 400, "asset");
        problem(api.call("POST", "/api/change-sets/" + cs + "/connections", "{\"output\":\"Arn\"}"), 400, "from");
        problem(api.call("POST", "/api/change-sets/" + cs + "/conflicts/resolve", "{}"), 400, "componentId");
        problem(api.call("POST", components + "/paste", "{\"dx\":10}"), 400, "selection");
        problem(api.call("PUT", components + "/" + repository + "/position", "{\"x\":1}"), 400, "y");
    }

    @Test
    void everyErrorUnderApiIsAProblemAndNoneFallsThroughToTheUi() {
        problem(api.call("GET", "/api/no-such-thing", null), 404, null);
        JsonNode notAllowed = problem(api.call("DELETE", "/api/change-sets", null), 405, null);
        assertThat(notAllowed.toString()).contains("GET").contains("POST");
        problem(api.call("POST", "/api/change-sets", "name=x", "text/plain"), 415, null);
        problem(api.call("GET", "/api/change-sets/%2e%2e%2f%2e%2e%2fetc", null), 400, null);
        problem(api.call("GET", "/api/assets?q=" + "q".repeat(100_000), null), 400, null);
    }

    @Test
    void valuesAwsRefusesAreRefusedWhenSetAndFlaggedWhenAlreadyStored() {
        String vpc = api.ok("POST", components, "{\"name\":\"vpc\",\"asset\":\"AWS::EC2::VPC\"}")
                .get("id")
                .asString();
        String sg = api.ok("POST", components, "{\"name\":\"sg\",\"asset\":\"AWS::EC2::SecurityGroup\"}")
                .get("id")
                .asString();
        JsonNode cidr = api.call(
                        "PATCH", components + "/" + vpc + "/properties", "{\"CidrBlock\":\"999.999.999.999/16\"}")
                .body();
        assertThat(cidr.path("status").asInt()).isEqualTo(422);
        assertThat(cidr.path("detail").asString()).contains("IPv4 CIDR block");
        JsonNode description = api.call("PATCH", components + "/" + sg + "/properties", "{\"GroupDescription\":5}")
                .body();
        assertThat(description.path("rule").asString()).isEqualTo("type");

        // Stored before the rule existed: a failing qualification on the component, before anyone approves.
        jdbc.sql(
                        "UPDATE change_set_component SET data = jsonb_set(data, '{domain}', "
                                + "'{\"CidrBlock\":\"999.999.999.999/16\"}') WHERE change_set_id = ?::uuid AND component_id = ?::uuid")
                .params(cs, vpc)
                .update();
        // Gantry keeps a change set's rows per content version (its own writes move it): as if read after a restart.
        jdbc.sql("UPDATE change_set SET content_version = content_version + 1 WHERE id = ?::uuid")
                .params(cs)
                .update();
        JsonNode findings = api.ok("GET", components + "/" + vpc + "/qualifications", null);
        assertThat(findings.toString()).contains("\"severity\":\"ERROR\"").contains("IPv4 CIDR block");
    }

    @Test
    void settlingAConflictThatIsNotThereOrRebasingAClosedChangeSetChangesNothing() {
        api.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + cs + "/approve", null);
        String before = state();
        problem(
                api.call(
                        "POST",
                        "/api/change-sets/" + cs + "/conflicts/resolve",
                        "{\"componentId\":\"" + repository + "\",\"field\":\"name\",\"resolution\":\"KEEP_MINE\"}"),
                409,
                null);
        assertThat(state()).isEqualTo(before);
        assertThat(api.ok("GET", "/api/change-sets/" + cs, null).path("status").asString())
                .isEqualTo("APPROVED");

        api.ok("POST", "/api/change-sets/" + cs + "/abandon", null);
        problem(api.call("POST", "/api/change-sets/" + cs + "/rebase", null), 409, null);
    }
}
