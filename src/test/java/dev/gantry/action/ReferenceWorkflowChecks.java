package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.model.ComponentId;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import tools.jackson.databind.JsonNode;

/**
 * What a user checks after applying the reference workflow (the VPC how-to, then the ECR/ECS how-to) and after its
 * clean-up, looking at the account itself (moto, behind Gantry's back) and at Gantry's resource data.
 */
public final class ReferenceWorkflowChecks {

    private static final Filter CREATED_BY_GANTRY =
            Filter.builder().name("tag-key").values("gantry:component-id").build();

    private ReferenceWorkflowChecks() {}

    /** The diagrams of both how-tos; each is approved and applied by the caller. */
    public record Diagrams(ReferenceDiagram.Built vpc, ReferenceDiagram.Built ecr, ReferenceDiagram.Built ecs) {}

    /** Builds and applies the three change sets in the guides' order; each run must succeed. */
    static Diagrams applyAll(ApiClient api) {
        ReferenceDiagram.Built vpc = ReferenceDiagram.buildVpc(api);
        assertSucceeded(apply(api, vpc.changeSetId()));
        ReferenceDiagram.Built ecr = ReferenceDiagram.buildEcr(api, vpc);
        assertSucceeded(apply(api, ecr.changeSetId()));
        ReferenceDiagram.Built ecs = ReferenceDiagram.buildEcs(api, vpc, ecr);
        assertSucceeded(apply(api, ecs.changeSetId()));
        return new Diagrams(vpc, ecr, ecs);
    }

    /** Every resource exists with the guides' settings, and the resource data a user reads is there. */
    public static void verifyInTheAccount(ApiClient api, Diagrams d) {
        String vpcId = identifier(api, d.vpc().id("How to VPC"));
        assertThat(ec2().describeVpcs(r -> r.vpcIds(vpcId)).vpcs().getFirst().cidrBlock())
                .isEqualTo("10.0.0.0/16");
        assertThat(ec2().describeSubnets(r -> r.filters(vpcFilter(vpcId))).subnets())
                .hasSize(6);
        assertThat(ec2().describeNatGateways(r -> r.filter(vpcFilter(vpcId))).natGateways())
                .filteredOn(n -> n.stateAsString().equals("available"))
                .hasSize(3);
        assertThat(ec2().describeInternetGateways(r -> r.filters(Filter.builder()
                                .name("attachment.vpc-id")
                                .values(vpcId)
                                .build()))
                        .internetGateways())
                .hasSize(1);
        assertThat(ec2().describeRouteTables(r -> r.filters(vpcFilter(vpcId))).routeTables())
                .filteredOn(
                        t -> t.routes().stream().anyMatch(route -> "0.0.0.0/0".equals(route.destinationCidrBlock())))
                .hasSize(4);

        JsonNode alb = attributes(api, d.ecs().id("application-alb"));
        assertThat(alb.get("DNSName").asString()).isEqualTo("application-alb-1.us-east-1.elb.amazonaws.com");
        LoadBalancer loadBalancer = elb().describeLoadBalancers(r -> r.names("application-alb"))
                .loadBalancers()
                .getFirst();
        assertThat(loadBalancer.scheme().toString()).isEqualTo("internet-facing");
        assertThat(loadBalancer.availabilityZones()).hasSize(3);
        assertThat(attributes(api, d.ecr().id("demo-app-ecr-repo"))
                        .get("RepositoryUri")
                        .asString())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo");
        assertThat(elb().describeTargetGroups(r -> r.names("app-tg"))
                        .targetGroups()
                        .getFirst()
                        .port())
                .isEqualTo(8080);
        assertThat(attributes(api, d.ecs().id("app-tg")).get("TargetHealth").isArray())
                .as("the target group's resource data shows its targets' health")
                .isTrue();
        JsonNode serviceData = attributes(api, d.ecs().id("demo-ecs-service"));
        assertThat(serviceData.get("DesiredCount").asInt()).isEqualTo(1);
        assertThat(serviceData.get("RunningCount").asInt())
                .as("moto never runs tasks")
                .isZero();
        assertThat(serviceData.get("Events").isArray()).isTrue();

        Service service = ecs().describeServices(
                        r -> r.cluster("application-cluster-ecr-ecs").services("demo-ecs-service"))
                .services()
                .getFirst();
        assertThat(service.networkConfiguration().awsvpcConfiguration().subnets())
                .hasSize(3)
                .containsExactlyInAnyOrderElementsOf(List.of(
                        identifier(api, d.vpc().id("Private 1")),
                        identifier(api, d.vpc().id("Private 2")),
                        identifier(api, d.vpc().id("Private 3"))));
        assertThat(service.loadBalancers().getFirst().containerPort()).isEqualTo(8080);
        assertThat(ecs().describeTaskDefinition(r -> r.taskDefinition(service.taskDefinition()))
                        .taskDefinition()
                        .containerDefinitions()
                        .getFirst()
                        .image())
                .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo");
    }

    /** The guide's clean-up: delete the VPC frame in a new change set; returns that change set's plan. */
    static JsonNode planCleanUp(ApiClient api, Diagrams d) {
        String cleanUp = api.newChangeSet("Clean up");
        api.ok(
                "DELETE",
                "/api/change-sets/" + cleanUp + "/components/"
                        + d.vpc().id("How to VPC").value(),
                null);
        JsonNode plan = api.ok("GET", "/api/change-sets/" + cleanUp + "/plan", null);
        ((tools.jackson.databind.node.ObjectNode) plan).put("changeSetId", cleanUp);
        return plan;
    }

    /** Applies the clean-up; afterwards nothing Gantry made is left in the account. */
    static void cleanUpLeavesNothing(ApiClient api, JsonNode cleanUpPlan) {
        assertSucceeded(
                apply(api, ChangeSetId.parse(cleanUpPlan.get("changeSetId").asString())));
        nothingGantryMadeIsLeft();
    }

    /** Nothing Gantry made is left in the account: what the guides' clean-up promises. */
    public static void nothingGantryMadeIsLeft() {
        assertThat(ec2().describeVpcs(r -> r.filters(CREATED_BY_GANTRY)).vpcs()).isEmpty();
        assertThat(ec2().describeSubnets(r -> r.filters(CREATED_BY_GANTRY)).subnets())
                .isEmpty();
        assertThat(ec2().describeSecurityGroups(r -> r.filters(CREATED_BY_GANTRY))
                        .securityGroups())
                .isEmpty();
        assertThat(ec2().describeNatGateways(r -> r.filter(CREATED_BY_GANTRY)).natGateways())
                .allMatch(n -> n.stateAsString().equals("deleted"));
        assertThat(ec2().describeAddresses(r -> r.filters(CREATED_BY_GANTRY)).addresses())
                .isEmpty();
        assertThat(elb().describeLoadBalancers().loadBalancers()).isEmpty();
        assertThat(elb().describeTargetGroups().targetGroups()).isEmpty();
        // ECS keeps a deleted cluster visible as INACTIVE for a while (moto does too); it must not be ACTIVE.
        assertThat(ecs().describeClusters(r -> r.clusters("application-cluster-ecr-ecs"))
                        .clusters())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo("INACTIVE"));
    }

    static List<String> kinds(JsonNode plan) {
        List<String> kinds = new ArrayList<>();
        plan.get("actions").forEach(a -> kinds.add(a.get("kind").asString()));
        return kinds;
    }

    static List<String> names(JsonNode plan) {
        List<String> names = new ArrayList<>();
        plan.get("actions").forEach(a -> names.add(a.get("componentName").asString()));
        return names;
    }

    static JsonNode apply(ApiClient api, ChangeSetId changeSet) {
        return RestApply.approveAndApply(api, changeSet.toString());
    }

    static void assertSucceeded(JsonNode run) {
        assertThat(run.get("status").asString()).as("%s", run.toPrettyString()).isEqualTo("succeeded");
    }

    private static JsonNode resource(ApiClient api, ComponentId component) {
        return api.ok("GET", "/api/change-sets/head/components/" + component.value(), null)
                .get("resource");
    }

    private static String identifier(ApiClient api, ComponentId component) {
        return resource(api, component).get("identifier").asString();
    }

    private static JsonNode attributes(ApiClient api, ComponentId component) {
        return resource(api, component).get("attributes");
    }

    private static Filter vpcFilter(String vpcId) {
        return Filter.builder().name("vpc-id").values(vpcId).build();
    }

    static Ec2Client ec2() {
        return MotoServer.client(Ec2Client.builder());
    }

    private static ElasticLoadBalancingV2Client elb() {
        return MotoServer.client(ElasticLoadBalancingV2Client.builder());
    }

    private static EcsClient ecs() {
        return MotoServer.client(EcsClient.builder());
    }
}
