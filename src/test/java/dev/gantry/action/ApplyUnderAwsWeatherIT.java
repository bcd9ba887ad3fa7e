package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.aws.AwsFaults;
import dev.gantry.aws.AwsProvider;
import dev.gantry.aws.MotoServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.ec2.model.Filter;
import tools.jackson.databind.JsonNode;

/**
 * Apply under the weather of real AWS: moto behind {@link AwsFaults}, which throttles 10% of calls, answers some with
 * 500 InternalError, answers some slowly, says NotFound for ids EC2 returned a moment ago, and refuses roles IAM
 * created a moment ago in ECS and ECR. Backoff bases are small here through configuration, so the run stays short.
 */
@GantryIntegrationTest
@ExtendWith(MotoServer.class)
class ApplyUnderAwsWeatherIT {

    private static AwsFaults faults;

    @LocalServerPort
    int port;

    @Autowired
    AwsProvider aws;

    ApiClient api;

    @DynamicPropertySource
    static void awsBehindTheFaultLayer(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> faults().endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
        registry.add("gantry.aws.propagation.base-delay", () -> "50ms");
        registry.add("gantry.aws.propagation.max-delay", () -> "800ms");
        registry.add("gantry.aws.propagation.timeout", () -> "60s");
    }

    private static synchronized AwsFaults faults() {
        if (faults == null) {
            faults = AwsFaults.start(MotoServer.endpoint(), AwsFaults.Weather.calm());
        }
        return faults;
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        faults().resetCounts();
    }

    @AfterEach
    void calm() {
        faults().weather(AwsFaults.Weather.calm());
        faults().stopFailing("ModifyVpcAttribute");
    }

    @AfterAll
    static void stop() {
        if (faults != null) {
            faults.close();
        }
    }

    @Test
    void theReferenceWorkflowAppliesUnderAwsWeatherAndItsCleanUpLeavesNothing() {
        faults().weather(AwsFaults.Weather.stormy());
        Instant start = Instant.now();

        ReferenceWorkflowChecks.Diagrams diagrams = ReferenceWorkflowChecks.applyAll(api);
        ReferenceWorkflowChecks.verifyInTheAccount(api, diagrams);
        JsonNode cleanUp = ReferenceWorkflowChecks.planCleanUp(api, diagrams);
        ReferenceWorkflowChecks.cleanUpLeavesNothing(api, cleanUp);

        Map<String, Integer> counts = faults().counts();
        System.out.printf(
                "Reference workflow under AWS weather in %d s; faults: %s; propagation retries: %s%n",
                Duration.between(start, Instant.now()).toSeconds(), counts, aws.propagationRetries());
        assertThat(faults().count("throttled")).isPositive();
        assertThat(faults().count("EC2 NotFound for fresh ids")).isPositive();
        assertThat(faults().count("IAM role propagation refusals")).isPositive();
        assertThat(faults().count("DependencyViolation on deletes")).isPositive();
    }

    @Test
    void aCreateWhoseFollowUpKeepsFailingLeavesItsResourceRecordedAndNothingIsSentWithoutItsValues() {
        faults().alwaysFail(
                        "ModifyVpcAttribute",
                        "UnauthorizedOperation",
                        "You are not authorized to perform this operation.");
        String cs = api.newChangeSet("follow-up");
        String vpc = RestApply.add(
                api,
                cs,
                "weather-vpc",
                "AWS::EC2::VPC",
                "down frame",
                RestApply.regionFrame(api, cs),
                "{\"CidrBlock\":\"10.61.0.0/16\",\"EnableDnsHostnames\":true}");
        String subnet = RestApply.add(
                api, cs, "weather-subnet", "AWS::EC2::Subnet", "component", vpc, "{\"CidrBlock\":\"10.61.1.0/24\"}");

        JsonNode run = RestApply.approveAndApply(api, cs);

        JsonNode vpcAction = action(run, "weather-vpc");
        assertThat(vpcAction.get("state").asString()).isEqualTo("FAILED");
        assertThat(vpcAction.get("message").asString()).contains("UnauthorizedOperation");
        JsonNode recorded = RestApply.head(api, vpc).get("resource");
        String vpcId = recorded.get("identifier").asString();
        assertThat(vpcId).startsWith("vpc-");
        assertThat(ReferenceWorkflowChecks.ec2()
                        .describeVpcs(r -> r.vpcIds(vpcId))
                        .vpcs())
                .hasSize(1);

        // The VPC never reported its VpcId; with its action removed, the subnet runs and must not be sent.
        api.ok("DELETE", "/api/actions/" + vpcAction.get("id").asString(), null);
        JsonNode after = RestApply.awaitRun(api, run.get("id").asString());
        JsonNode subnetAction = action(after, "weather-subnet");
        assertThat(subnetAction.get("state").asString()).isEqualTo("FAILED");
        assertThat(subnetAction.get("message").asString())
                .contains("input `VpcId` of `weather-subnet` has no value: `weather-vpc` did not report `VpcId`");
        assertThat(faults().calls()).noneMatch(c -> c.operation().equals("CreateSubnet"));
        assertThat(RestApply.head(api, subnet).get("resource").get("identifier").isNull())
                .isTrue();

        String cleanUp = api.newChangeSet("follow-up clean up");
        api.ok("DELETE", "/api/change-sets/" + cleanUp + "/components/" + vpc, null);
        JsonNode removed = RestApply.approveAndApply(api, cleanUp);
        assertThat(removed.get("status").asString())
                .as(removed.toPrettyString())
                .isEqualTo("succeeded");
        assertThat(ReferenceWorkflowChecks.ec2()
                        .describeVpcs(r -> r.filters(
                                Filter.builder().name("vpc-id").values(vpcId).build()))
                        .vpcs())
                .isEmpty();
    }

    @Test
    void aRetriedCreateContinuesWithTheResourceItMadeInsteadOfMakingAnother() {
        faults().alwaysFail(
                        "ModifyVpcAttribute",
                        "UnauthorizedOperation",
                        "You are not authorized to perform this operation.");
        String cs = api.newChangeSet("retry");
        String vpc = RestApply.add(
                api,
                cs,
                "retried-vpc",
                "AWS::EC2::VPC",
                "down frame",
                RestApply.regionFrame(api, cs),
                "{\"CidrBlock\":\"10.62.0.0/16\",\"EnableDnsSupport\":true}");
        JsonNode run = RestApply.approveAndApply(api, cs);
        String firstId =
                RestApply.head(api, vpc).get("resource").get("identifier").asString();

        faults().stopFailing("ModifyVpcAttribute");
        api.ok("POST", "/api/actions/" + action(run, "retried-vpc").get("id").asString() + "/retry", null);
        JsonNode retried = RestApply.awaitRun(api, run.get("id").asString());

        assertThat(retried.get("status").asString())
                .as(retried.toPrettyString())
                .isEqualTo("succeeded");
        assertThat(RestApply.head(api, vpc).get("resource").get("identifier").asString())
                .isEqualTo(firstId);
        assertThat(RestApply.head(api, vpc)
                        .get("resource")
                        .get("attributes")
                        .get("VpcId")
                        .asString())
                .isEqualTo(firstId);
        assertThat(ReferenceWorkflowChecks.ec2()
                        .describeVpcs(r -> r.filters(Filter.builder()
                                .name("tag:gantry:component-id")
                                .values(vpc)
                                .build()))
                        .vpcs())
                .hasSize(1);

        String cleanUp = api.newChangeSet("retry clean up");
        api.ok("DELETE", "/api/change-sets/" + cleanUp + "/components/" + vpc, null);
        assertThat(RestApply.approveAndApply(api, cleanUp).get("status").asString())
                .isEqualTo("succeeded");
    }

    private static JsonNode action(JsonNode run, String component) {
        for (JsonNode action : run.get("actions")) {
            if (action.get("componentName").asString().equals(component)) {
                return action;
            }
        }
        throw new AssertionError("No action for " + component + " in " + run.toPrettyString());
    }
}
