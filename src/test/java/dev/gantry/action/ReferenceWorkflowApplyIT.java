package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The user's reference workflow, VPC prerequisite included, applied from an empty account through the REST API
 * only, against the moto AWS emulator: every resource exists with the guide's settings, the ALB's DNSName and
 * the repository's RepositoryUri are readable as resource data, and the guide's clean-up (delete the VPC frame
 * in a new change set and apply) removes everything again.
 */
@GantryIntegrationTest
@ExtendWith(MotoServer.class)
class ReferenceWorkflowApplyIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
    }

    @Test
    void theHowTosAreAppliedFromAnEmptyAccountAndTheCleanUpRemovesEverything() {
        ApiClient api = new ApiClient(port);

        ReferenceDiagram.Built vpc = ReferenceDiagram.buildVpc(api);
        ReferenceWorkflowChecks.assertSucceeded(ReferenceWorkflowChecks.apply(api, vpc.changeSetId()));
        ReferenceDiagram.Built ecr = ReferenceDiagram.buildEcr(api, vpc);
        ReferenceWorkflowChecks.assertSucceeded(ReferenceWorkflowChecks.apply(api, ecr.changeSetId()));
        ReferenceDiagram.Built ecs = ReferenceDiagram.buildEcs(api, vpc, ecr);
        JsonNode plan = api.ok("GET", "/api/change-sets/" + ecs.changeSetId() + "/plan", null);
        assertThat(plan.get("criticalPath").size()).isGreaterThan(2);
        ReferenceWorkflowChecks.assertSucceeded(ReferenceWorkflowChecks.apply(api, ecs.changeSetId()));
        ReferenceWorkflowChecks.Diagrams diagrams = new ReferenceWorkflowChecks.Diagrams(vpc, ecr, ecs);

        ReferenceWorkflowChecks.verifyInTheAccount(api, diagrams);

        JsonNode deletes = ReferenceWorkflowChecks.planCleanUp(api, diagrams);
        assertThat(ReferenceWorkflowChecks.kinds(deletes)).containsOnly("DELETE");
        List<String> order = ReferenceWorkflowChecks.names(deletes);
        for (String consumer :
                List.of("Public 1", "Private 3", "alb-sg", "container-sg", "app-tg", "Gateway VPC Attachment")) {
            assertThat(order.indexOf(consumer))
                    .as(consumer + " is deleted before its VPC")
                    .isLessThan(order.indexOf("How to VPC"));
        }
        assertThat(order.indexOf("application-alb"))
                .as("the ALB before its subnets")
                .isLessThan(order.indexOf("Public 1"));
        ReferenceWorkflowChecks.cleanUpLeavesNothing(api, deletes);
    }
}
