package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every bad input a user can send gets a clear 4xx with an RFC 9457 problem body, and nothing is lost. */
@GantryIntegrationTest
class ApiProblemsIT {

    @LocalServerPort
    int port;

    ApiClient api;
    String cs;
    String sg;
    String alb;

    @BeforeEach
    void changeSetWithTwoComponents() {
        api = new ApiClient(port);
        cs = api.newChangeSet("bad inputs");
        sg = api.addComponent(cs, "sg", "AWS::EC2::SecurityGroup");
        alb = api.ok(
                        "POST",
                        "/api/change-sets/" + cs + "/components",
                        "{\"name\":\"alb\",\"asset\":\"AWS::ElasticLoadBalancingV2::LoadBalancer\","
                                + "\"properties\":{\"Scheme\":\"internal\"}}")
                .get("id")
                .asString();
    }

    private void assertProblem(ApiClient.Response r, int status, String detailPart) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body().get("detail").asString()).contains(detailPart);
    }

    @Test
    void anUnknownAssetIsABadRequestNamingTheAsset() {
        assertProblem(
                api.call("POST", "/api/change-sets/" + cs + "/components", "{\"asset\":\"AWS::Nope::Thing\"}"),
                400,
                "AWS::Nope::Thing");
    }

    @Test
    void anUnknownSocketIsABadRequestListingTheSocketsThereAre() {
        assertProblem(
                api.call(
                        "POST",
                        "/api/change-sets/" + cs + "/connections",
                        "{\"from\":\"" + sg + "\",\"output\":\"Nope\",\"to\":\"" + alb
                                + "\",\"input\":\"Security Groups\"}"),
                400,
                "Group Id");
    }

    @Test
    void incompatibleSocketsAreRefused() {
        assertProblem(
                api.call(
                        "POST",
                        "/api/change-sets/" + cs + "/connections",
                        "{\"from\":\"" + sg + "\",\"output\":\"Group Id\",\"to\":\"" + alb
                                + "\",\"input\":\"Subnets\"}"),
                422,
                "does not fit");
    }

    @Test
    void anInvalidValueNamesPropertyRuleAndValueAndKeepsWhatWasSaved() {
        ApiClient.Response r = api.call(
                "PATCH",
                "/api/change-sets/" + cs + "/components/" + alb + "/properties",
                "{\"Name\":\"kept\",\"Scheme\":\"sideways\"}");

        assertProblem(r, 422, "sideways");
        assertThat(r.body().get("property").asString()).isEqualTo("Scheme");
        assertThat(r.body().get("rule").asString()).isEqualTo("enum");
        var saved = api.ok("GET", "/api/change-sets/" + cs + "/components/" + alb, null)
                .get("manual");
        assertThat(saved.toString()).isEqualTo("{\"Scheme\":\"internal\"}");
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiClient.Response r =
                api.call("PATCH", "/api/change-sets/" + cs + "/components/" + alb + "/properties", "{\"Name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownIdsAndIllegalStatesAnswer404And409() {
        assertThat(api.call("GET", "/api/change-sets/" + java.util.UUID.randomUUID(), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.call("GET", "/api/change-sets/not-an-id", null).status()).isEqualTo(400);
        String abandoned = api.newChangeSet("gone");
        api.ok("POST", "/api/change-sets/" + abandoned + "/abandon", null);
        assertProblem(api.call("POST", "/api/change-sets/" + abandoned + "/apply", null), 409, "ABANDONED");
        assertProblem(api.call("POST", "/api/change-sets/" + cs + "/approve", null), 409, "NEEDS_APPROVAL");
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var docs = api.ok("GET", "/v3/api-docs", null);
        assertThat(docs.get("paths").propertyNames())
                .contains(
                        "/api/change-sets/{changeSet}/components",
                        "/api/assets",
                        "/api/assets/{type}",
                        "/api/change-sets/{id}/plan",
                        "/api/change-sets/{id}/apply",
                        "/api/apply-runs/{runId}",
                        "/api/actions/{actionId}/retry",
                        "/api/head/components/{id}/refresh");
    }
}
