package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.model.ComponentId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
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

    private static final Filter CREATED_BY_GANTRY = Filter.builder().name("tag-key").values("gantry:component-id").build();

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
        assertSucceeded(apply(api, vpc.changeSetId()));
        ReferenceDiagram.Built ecr = ReferenceDiagram.buildEcr(api, vpc);
        assertSucceeded(apply(api, ecr.changeSetId()));
        ReferenceDiagram.Built ecs = ReferenceDiagram.buildEcs(api, vpc, ecr);
        JsonNode plan = api.ok("GET", "/api/change-sets/" + ecs.changeSetId() + "/plan", null);
        assertThat(plan.get("criticalPath").size()).isGreaterThan(2);
        assertSucceeded(apply(api, ecs.changeSetId()));

        String vpcId = identifier(api, vpc.id("How to VPC"));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().getFirst().cidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(ec2().describeSubnets(r -> r.filters(vpcFilter(vpcId))).subnets()).hasSize(6);
        assertThat(ec2().describeNatGateways(r -> r.filter(vpcFilter(vpcId))).natGateways())
                .filteredOn(n -> n.stateAsString().equals("available")).hasSize(3);
        assertThat(ec2().describeInternetGateways(r -> r.filters(Filter.builder().name("attachment.vpc-id")
                .values(vpcId).build())).internetGateways()).hasSize(1);
        assertThat(ec2().describeRouteTables(r -> r.filters(vpcFilter(vpcId))).routeTables())
                .filteredOn(t -> t.routes().stream().anyMatch(route -> "0.0.0.0/0".equals(route.destinationCidrBlock())))
                .hasSize(4);

        JsonNode alb = attributes(api, ecs.id("application-alb"));
        assertThat(alb.get("DNSName").asString()).isEqualTo("application-alb-1.us-east-1.elb.amazonaws.com");
        LoadBalancer loadBalancer = elb().describeLoadBalancers(r -> r.names("application-alb")).loadBalancers().getFirst();
        assertThat(loadBalancer.scheme().toString()).isEqualTo("internet-facing");
        assertThat(loadBalancer.availabilityZones()).hasSize(3);
        assertThat(attributes(api, ecr.id("demo-app-ecr-repo")).get("RepositoryUri").asString())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo");
        assertThat(elb().describeTargetGroups(r -> r.names("app-tg")).targetGroups().getFirst().port()).isEqualTo(8080);

        Service service = ecs().describeServices(r -> r.cluster("application-cluster-ecr-ecs")
                .services("demo-ecs-service")).services().getFirst();
        assertThat(service.networkConfiguration().awsvpcConfiguration().subnets()).hasSize(3)
                .containsExactlyInAnyOrderElementsOf(List.of(identifier(api, vpc.id("Private 1")),
                        identifier(api, vpc.id("Private 2")), identifier(api, vpc.id("Private 3"))));
        assertThat(service.loadBalancers().getFirst().containerPort()).isEqualTo(8080);
        assertThat(ecs().describeTaskDefinition(r -> r.taskDefinition(service.taskDefinition())).taskDefinition()
                .containerDefinitions().getFirst().image())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo");

        String cleanUp = api.ok("POST", "/api/change-sets", "{\"name\":\"Clean up\"}").get("id").asString();
        api.ok("DELETE", "/api/change-sets/" + cleanUp + "/components/" + vpc.id("How to VPC").value(), null);
        JsonNode deletes = api.ok("GET", "/api/change-sets/" + cleanUp + "/plan", null);
        assertThat(kinds(deletes)).containsOnly("DELETE");
        List<String> order = names(deletes);
        for (String consumer : List.of("Public 1", "Private 3", "alb-sg", "container-sg", "app-tg", "Gateway VPC Attachment")) {
            assertThat(order.indexOf(consumer)).as(consumer + " is deleted before its VPC")
                    .isLessThan(order.indexOf("How to VPC"));
        }
        assertThat(order.indexOf("application-alb")).as("the ALB before its subnets").isLessThan(order.indexOf("Public 1"));
        assertSucceeded(apply(api, ChangeSetId.parse(cleanUp)));

        assertThat(ec2().describeVpcs(r -> r.filters(CREATED_BY_GANTRY)).vpcs()).isEmpty();
        assertThat(ec2().describeSubnets(r -> r.filters(CREATED_BY_GANTRY)).subnets()).isEmpty();
        assertThat(ec2().describeNatGateways(r -> r.filter(CREATED_BY_GANTRY)).natGateways())
                .allMatch(n -> n.stateAsString().equals("deleted"));
        assertThat(ec2().describeAddresses(r -> r.filters(CREATED_BY_GANTRY)).addresses()).isEmpty();
        assertThat(elb().describeLoadBalancers().loadBalancers()).isEmpty();
        // ECS keeps a deleted cluster visible as INACTIVE for a while (moto does too); it must not be ACTIVE.
        assertThat(ecs().describeClusters(r -> r.clusters("application-cluster-ecr-ecs")).clusters())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo("INACTIVE"));
    }

    private static JsonNode apply(ApiClient api, ChangeSetId changeSet) {
        return RestApply.approveAndApply(api, changeSet.toString());
    }

    private static void assertSucceeded(JsonNode run) {
        assertThat(run.get("status").asString()).as("%s", run.toPrettyString()).isEqualTo("succeeded");
    }

    private static JsonNode resource(ApiClient api, ComponentId component) {
        return api.ok("GET", "/api/change-sets/head/components/" + component.value(), null).get("resource");
    }

    private static String identifier(ApiClient api, ComponentId component) {
        return resource(api, component).get("identifier").asString();
    }

    private static JsonNode attributes(ApiClient api, ComponentId component) {
        return resource(api, component).get("attributes");
    }

    private static List<String> kinds(JsonNode plan) {
        List<String> kinds = new ArrayList<>();
        plan.get("actions").forEach(a -> kinds.add(a.get("kind").asString()));
        return kinds;
    }

    private static List<String> names(JsonNode plan) {
        List<String> names = new ArrayList<>();
        plan.get("actions").forEach(a -> names.add(a.get("componentName").asString()));
        return names;
    }

    private static Filter vpcFilter(String vpcId) {
        return Filter.builder().name("vpc-id").values(vpcId).build();
    }

    private static Ec2Client ec2() {
        return MotoServer.client(Ec2Client.builder());
    }

    private static ElasticLoadBalancingV2Client elb() {
        return MotoServer.client(ElasticLoadBalancingV2Client.builder());
    }

    private static EcsClient ecs() {
        return MotoServer.client(EcsClient.builder());
    }
}
