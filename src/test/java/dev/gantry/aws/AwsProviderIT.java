package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The reference workflow (the VPC how-to, then the ECR/ECS how-to) created through the provider in dependency
 * order with CloudFormation-shaped desired states, checked in moto with the SDK, then deleted in reverse order.
 * Every create is sent twice with the same idempotency token, as after a crash between the call and its record.
 */
@ExtendWith(MotoServer.class)
class AwsProviderIT {

    private static final String EXECUTION_POLICY =
            "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

    private static Moto moto;
    private static AwsProvider provider;
    private static Ec2Client ec2;
    private static ElasticLoadBalancingV2Client elb;
    private static EcsClient ecs;
    private static EcrClient ecr;
    private static IamClient iam;

    private record Created(ResourceRequest request, String identifier) {}

    private final List<Created> created = new ArrayList<>();

    @BeforeAll
    static void connect() {
        moto = new Moto(MotoServer.endpoint());
        provider = new AwsProvider(moto.properties());
        ec2 = moto.configure(Ec2Client.builder()).build();
        elb = moto.configure(ElasticLoadBalancingV2Client.builder()).build();
        ecs = moto.configure(EcsClient.builder()).build();
        ecr = moto.configure(EcrClient.builder()).build();
        iam = moto.configure(IamClient.builder()).build();
    }

    @AfterAll
    static void close() {
        provider.close();
        List.of(ec2, elb, ecs, ecr, iam).forEach(software.amazon.awssdk.core.SdkClient::close);
    }

    @Test
    void theReferenceWorkflowIsCreatedInDependencyOrderAndDeletedInReverseLeavingNothingBehind() {
        long started = System.nanoTime();
        Map<String, String> network = WorkflowSteps.createVpc(this::create, moto);
        assertVpcAsTheGuideSaysIt(network);
        Map<String, String> app = WorkflowSteps.createApplication(this::create, network);
        assertApplicationAsTheGuideSaysIt(network, app);
        long createdAt = System.nanoTime();

        deleteAllInReverseOrder();
        assertMotoHoldsNothingOfIt(network);
        System.out.printf(
                "[AwsProviderIT] %d resources: create (each twice) %d ms, delete %d ms%n",
                created.size(), (createdAt - started) / 1_000_000, (System.nanoTime() - createdAt) / 1_000_000);
    }

    @Test
    void anAwsErrorBecomesAProviderExceptionInAwsOwnWords() {
        ResourceState vpc = provider.create(moto.request("AWS::EC2::VPC", "bad-vpc", """
                {"CidrBlock": "10.1.0.0/16"}"""));
        ResourceRequest outside = moto.request("AWS::EC2::Subnet", "bad-subnet", """
                {"VpcId": "%s", "CidrBlock": "192.168.0.0/24", "AvailabilityZone": "us-east-1a"}""".formatted(vpc.identifier()));

        assertThatThrownBy(() -> provider.create(outside))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("InvalidSubnet.Range: ")
                .hasMessageContaining("192.168.0.0/24")
                .satisfies(e -> assertThat(((ProviderException) e).retryable()).isFalse());
        provider.delete(moto.request("AWS::EC2::VPC", "bad-vpc", "{}"), vpc.identifier());
    }

    @Test
    void aChangedTagAndHealthCheckPathAreUpdatedInPlace() {
        ResourceRequest vpcRequest = moto.request("AWS::EC2::VPC", "upd-vpc", """
                {"CidrBlock": "10.2.0.0/16", "Tags": [{"Key": "team", "Value": "a"}]}""");
        String vpcId = provider.create(vpcRequest).identifier();
        ResourceRequest retagged = new ResourceRequest(
                vpcRequest.resourceType(), vpcRequest.componentId(), "update-1", Moto.json("""
                {"CidrBlock": "10.2.0.0/16", "Tags": [{"Key": "team", "Value": "b"}]}"""), moto.context());

        ResourceState updated = provider.update(retagged, vpcId, vpcRequest.desiredState());

        assertThat(updated.properties().get("Tags").toString())
                .contains("\"b\"")
                .doesNotContain("gantry:");
        assertThat(ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().getFirst().tags())
                .anyMatch(t -> t.key().equals("team") && t.value().equals("b"))
                .anyMatch(t -> t.key().equals(Tag.COMPONENT_ID) && t.value().equals("upd-vpc"));

        ResourceRequest cidrChange = new ResourceRequest(
                vpcRequest.resourceType(),
                vpcRequest.componentId(),
                "update-2",
                Moto.json("{\"CidrBlock\": \"10.3.0.0/16\"}"),
                moto.context());
        assertThatThrownBy(() -> provider.update(cidrChange, vpcId, retagged.desiredState()))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("CidrBlock")
                .hasMessageContaining("replaced");
        provider.delete(vpcRequest, vpcId);
    }

    @Test
    void aTargetGroupsHealthCheckAndAServicesDesiredCountChangeInPlace() {
        String vpcId =
                provider.create(moto.request("AWS::EC2::VPC", "upd2-vpc", """
                {"CidrBlock": "10.4.0.0/16"}""")).identifier();
        ResourceRequest tg = moto.request("AWS::ElasticLoadBalancingV2::TargetGroup", "upd-tg", """
                {"Name": "upd-tg", "Port": 80, "Protocol": "HTTP", "TargetType": "ip", "VpcId": "%s",
                 "HealthCheckPath": "/"}""".formatted(vpcId));
        String tgArn = provider.create(tg).identifier();
        ResourceRequest cluster = moto.request("AWS::ECS::Cluster", "upd-cluster", "{\"ClusterName\": \"upd\"}");
        provider.create(cluster);
        ResourceRequest taskDefinition = moto.request("AWS::ECS::TaskDefinition", "upd-td", """
                {"Family": "upd", "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 128}]}""");
        String tdArn = provider.create(taskDefinition).identifier();
        ResourceRequest service = moto.request("AWS::ECS::Service", "upd-svc", """
                {"Cluster": "upd", "ServiceName": "web", "TaskDefinition": "%s", "DesiredCount": 1}""".formatted(tdArn));
        String serviceId = provider.create(service).identifier();

        ResourceState newTg = provider.update(changed(tg, "HealthCheckPath", "/health"), tgArn, tg.desiredState());
        ResourceState newService =
                provider.update(changed(service, "DesiredCount", "3"), serviceId, service.desiredState());

        assertThat(newTg.properties().get("HealthCheckPath").asString()).isEqualTo("/health");
        assertThat(elb.describeTargetGroups(r -> r.targetGroupArns(tgArn))
                        .targetGroups()
                        .getFirst()
                        .healthCheckPath())
                .isEqualTo("/health");
        assertThat(newService.properties().get("DesiredCount").asInt()).isEqualTo(3);
        assertThat(serviceId).endsWith("|upd");
        provider.delete(service, serviceId);
        provider.delete(taskDefinition, tdArn);
        provider.delete(cluster, "upd");
        provider.delete(tg, tgArn);
        provider.delete(moto.request("AWS::EC2::VPC", "upd2-vpc", "{}"), vpcId);
        assertThat(provider.read(service, serviceId).exists()).isFalse();
    }

    @Test
    void aServiceThatNeverReachesASteadyStateFailsWithEcsCountsAndStaysRecorded() {
        AwsProvider waiting = new AwsProvider(
                moto.properties().withEcs(new AwsProperties.Ecs("on", java.time.Duration.ofMillis(600))));
        try (waiting) {
            waiting.create(moto.request("AWS::ECS::Cluster", "steady-cluster", "{\"ClusterName\": \"steady\"}"));
            String tdArn = waiting.create(moto.request("AWS::ECS::TaskDefinition", "steady-td", """
                    {"Family": "steady", "ContainerDefinitions": [{"Name": "web", "Image": "nginx", "Memory": 128}]}"""))
                    .identifier();
            List<String> recorded = new ArrayList<>();
            ResourceRequest service = moto.request("AWS::ECS::Service", "steady-svc", """
                    {"Cluster": "steady", "ServiceName": "never-steady", "TaskDefinition": "%s", "DesiredCount": 1}""".formatted(tdArn));
            ResourceRequest recording = new ResourceRequest(
                    service.resourceType(),
                    service.componentId(),
                    service.idempotencyToken(),
                    service.desiredState(),
                    service.context(),
                    recorded::add);

            // moto never runs tasks, as the ECS how-to's tasks would not run without an image either.
            assertThatThrownBy(() -> waiting.create(recording))
                    .isInstanceOf(ProviderException.class)
                    .hasMessageContaining("ECS service")
                    .hasMessageContaining("steady state")
                    .hasMessageContaining("running 0, pending 1 of 1 desired");
            assertThat(recorded).singleElement().asString().endsWith("|steady");
            ResourceState state = provider.read(service, recorded.getFirst());
            assertThat(state.properties().get("RunningCount").asInt()).isZero();
            assertThat(state.properties().get("DesiredCount").asInt()).isEqualTo(1);
            assertThat(state.properties().has("Events")).isTrue();
            provider.delete(service, recorded.getFirst());
        }
    }

    private ResourceRequest changed(ResourceRequest request, String property, String value) {
        var desired = request.desiredState().deepCopy();
        desired.put(property, value);
        return new ResourceRequest(
                request.resourceType(),
                request.componentId(),
                request.idempotencyToken() + "-u",
                desired,
                request.context());
    }

    /** Creates twice with one token, as a resumed action would, and insists on one resource. */
    private ResourceState create(String type, String componentId, String desiredJson) {
        ResourceRequest request = moto.request(type, componentId, desiredJson);
        ResourceState first = provider.create(request);
        ResourceState again = provider.create(request);
        assertThat(first.exists()).as(type + " exists after create").isTrue();
        assertThat(again.identifier())
                .as(type + " created again with the same token")
                .isEqualTo(first.identifier());
        assertThat(provider.read(request, first.identifier()).identifier()).isEqualTo(first.identifier());
        created.add(new Created(request, first.identifier()));
        return first;
    }

    private void deleteAllInReverseOrder() {
        for (Created c : created.reversed()) {
            provider.delete(c.request(), c.identifier());
            assertThat(provider.read(c.request(), c.identifier()).exists())
                    .as(c.request().resourceType() + " " + c.identifier() + " is gone")
                    .isFalse();
            provider.delete(c.request(), c.identifier()); // deleting what is gone succeeds
        }
    }

    private void assertVpcAsTheGuideSaysIt(Map<String, String> n) {
        String vpcId = n.get("vpc");
        var vpc = ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().getFirst();
        assertThat(vpc.cidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(ec2.describeVpcAttribute(r -> r.vpcId(vpcId).attribute("enableDnsHostnames"))
                        .enableDnsHostnames()
                        .value())
                .isTrue();
        assertThat(ec2.describeVpcs(r -> r.filters(Filter.builder()
                                .name("tag:" + Tag.COMPONENT_ID)
                                .values("vpc")
                                .build()))
                        .vpcs())
                .hasSize(1);
        var subnets = ec2.describeSubnets(r -> r.filters(vpcFilter(vpcId))).subnets();
        assertThat(subnets).hasSize(6);
        var public1 = ec2.describeSubnets(r -> r.subnetIds(n.get("public-1")))
                .subnets()
                .getFirst();
        assertThat(public1.cidrBlock()).isEqualTo("10.0.128.0/20");
        assertThat(public1.availabilityZone()).isEqualTo("us-east-1a");
        assertThat(public1.mapPublicIpOnLaunch()).isTrue();
        assertThat(ec2.describeInternetGateways(r -> r.filters(Filter.builder()
                                .name("attachment.vpc-id")
                                .values(vpcId)
                                .build()))
                        .internetGateways())
                .hasSize(1);
        var nats = ec2.describeNatGateways(r -> r.filter(vpcFilter(vpcId))).natGateways();
        assertThat(nats).hasSize(3).allMatch(g -> g.stateAsString().equals("available"));
        assertThat(ec2.describeAddresses(r -> r.filters(Filter.builder()
                                .name("tag-key")
                                .values(Tag.COMPONENT_ID)
                                .build()))
                        .addresses())
                .hasSize(3);
        var publicTable = ec2.describeRouteTables(r -> r.routeTableIds(n.get("public-rt")))
                .routeTables()
                .getFirst();
        assertThat(publicTable.associations())
                .filteredOn(a -> a.subnetId() != null)
                .hasSize(3);
        assertThat(publicTable.routes())
                .anyMatch(route -> "0.0.0.0/0".equals(route.destinationCidrBlock())
                        && n.get("igw").equals(route.gatewayId()));
        var private1 = ec2.describeRouteTables(r -> r.routeTableIds(n.get("private-rt-1")))
                .routeTables()
                .getFirst();
        assertThat(private1.routes())
                .anyMatch(route -> "0.0.0.0/0".equals(route.destinationCidrBlock())
                        && n.get("nat-1").equals(route.natGatewayId()));
        assertThat(private1.associations()).anyMatch(a -> n.get("private-1").equals(a.subnetId()));
    }

    private void assertApplicationAsTheGuideSaysIt(Map<String, String> n, Map<String, String> app) {
        assertThat(app.get("alb-dns")).isEqualTo("application-alb-1.us-east-1.elb.amazonaws.com");
        assertThat(app.get("repository-uri"))
                .isEqualTo(MotoServer.ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo");
        var lb = elb.describeLoadBalancers().loadBalancers();
        assertThat(lb).hasSize(1);
        assertThat(lb.getFirst().schemeAsString()).isEqualTo("internet-facing");
        assertThat(lb.getFirst().availabilityZones()).hasSize(3);
        assertThat(lb.getFirst().securityGroups()).containsExactly(app.get("alb-sg"));
        var tg = elb.describeTargetGroups().targetGroups();
        assertThat(tg).hasSize(1);
        assertThat(tg.getFirst().targetTypeAsString()).isEqualTo("ip");
        assertThat(tg.getFirst().port()).isEqualTo(8080);
        assertThat(tg.getFirst().healthCheckPath()).isEqualTo("/");
        assertThat(tg.getFirst().matcher().httpCode()).isEqualTo("200");
        var listeners =
                elb.describeListeners(r -> r.loadBalancerArn(app.get("alb"))).listeners();
        assertThat(listeners).hasSize(1);
        assertThat(listeners.getFirst().port()).isEqualTo(80);
        assertThat(listeners.getFirst().defaultActions().getFirst().targetGroupArn())
                .isEqualTo(app.get("tg"));
        var containerRules = ec2.describeSecurityGroupRules(r -> r.filters(Filter.builder()
                        .name("group-id")
                        .values(app.get("container-sg"))
                        .build()))
                .securityGroupRules();
        assertThat(containerRules)
                .filteredOn(rule -> !rule.isEgress())
                .singleElement()
                .satisfies(rule -> assertThat(rule.fromPort()).isEqualTo(8080))
                .satisfies(
                        rule -> assertThat(rule.referencedGroupInfo().groupId()).isEqualTo(app.get("alb-sg")));
        assertThat(ecr.describeRepositories().repositories()).hasSize(1);
        assertThat(ecr.getRepositoryPolicy(r -> r.repositoryName("demo-app-ecr-repo"))
                        .policyText())
                .contains("ecr:BatchGetImage");
        assertThat(iam.getRole(r -> r.roleName("ecs-tasks-service")).role().assumeRolePolicyDocument())
                .contains("ecs-tasks.amazonaws.com");
        assertThat(iam.listAttachedRolePolicies(r -> r.roleName("ecs-tasks-service"))
                        .attachedPolicies())
                .singleElement()
                .satisfies(p -> assertThat(p.policyArn()).isEqualTo(EXECUTION_POLICY));
        var cluster = ecs.describeClusters(r -> r.clusters("application-cluster-ecr-ecs"))
                .clusters()
                .getFirst();
        assertThat(cluster.capacityProviders()).containsExactly("FARGATE", "FARGATE_SPOT");
        assertThat(ecs.listTaskDefinitions(r -> r.familyPrefix("demo-app-taskdef"))
                        .taskDefinitionArns())
                .hasSize(1);
        var taskDefinition = ecs.describeTaskDefinition(r -> r.taskDefinition(app.get("taskdef")))
                .taskDefinition();
        assertThat(taskDefinition.containerDefinitions().getFirst().image()).isEqualTo(app.get("repository-uri"));
        assertThat(taskDefinition.executionRoleArn()).endsWith(":role/ecs-tasks-service");
        var services = ecs.describeServices(
                        r -> r.cluster("application-cluster-ecr-ecs").services("demo-ecs-service"))
                .services();
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.desiredCount()).isEqualTo(1);
            assertThat(s.launchTypeAsString()).isEqualTo("FARGATE");
            assertThat(s.networkConfiguration().awsvpcConfiguration().subnets())
                    .containsExactlyInAnyOrder(n.get("private-1"), n.get("private-2"), n.get("private-3"));
            assertThat(s.loadBalancers().getFirst().targetGroupArn()).isEqualTo(app.get("tg"));
        });
    }

    private void assertMotoHoldsNothingOfIt(Map<String, String> n) {
        Filter ours = Filter.builder().name("tag-key").values(Tag.COMPONENT_ID).build();
        assertThat(ec2.describeVpcs(r -> r.filters(ours)).vpcs()).isEmpty();
        assertThat(ec2.describeSubnets(r -> r.filters(ours)).subnets()).isEmpty();
        assertThat(ec2.describeInternetGateways(r -> r.filters(ours)).internetGateways())
                .isEmpty();
        assertThat(ec2.describeRouteTables(r -> r.filters(ours)).routeTables()).isEmpty();
        assertThat(ec2.describeAddresses(r -> r.filters(ours)).addresses()).isEmpty();
        assertThat(ec2.describeSecurityGroups(r -> r.filters(ours)).securityGroups())
                .isEmpty();
        assertThat(ec2.describeNatGateways(r -> r.filter(vpcFilter(n.get("vpc"))))
                        .natGateways())
                .allMatch(g -> g.stateAsString().equals("deleted"));
        assertThat(elb.describeLoadBalancers().loadBalancers()).isEmpty();
        assertThat(elb.describeTargetGroups().targetGroups()).isEmpty();
        assertThat(ecr.describeRepositories().repositories()).isEmpty();
        assertThat(iam.listRoles().roles()).noneMatch(role -> role.roleName().equals("ecs-tasks-service"));
        assertThat(ecs.describeClusters(r -> r.clusters("application-cluster-ecr-ecs"))
                        .clusters())
                .allMatch(c -> c.status().equals("INACTIVE"));
        assertThat(ecs.listTaskDefinitions(
                                r -> r.familyPrefix("demo-app-taskdef").status("ACTIVE"))
                        .taskDefinitionArns())
                .isEmpty();
    }

    private static Filter vpcFilter(String vpcId) {
        return Filter.builder().name("vpc-id").values(vpcId).build();
    }
}
