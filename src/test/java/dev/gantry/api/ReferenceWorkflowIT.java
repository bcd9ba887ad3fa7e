package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ReferenceDiagram.Built;
import dev.gantry.changeset.ChangeSetService;
import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Both how-to guides built through the REST API over the real CloudFormation catalogue ({@link ReferenceDiagram}),
 * applied change set by change set; after each apply, resource data is recorded for the upstream components the
 * way apply records it (CloudFormation attribute names), and the desired states that would be sent are checked.
 */
@GantryIntegrationTest
@AsOwner
class ReferenceWorkflowIT {

    private static final String ACCOUNT = "123456789012";
    private static final String REPOSITORY_URI = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo";
    private static final String ROLE_ARN = "arn:aws:iam::" + ACCOUNT + ":role/ecs-tasks-service";
    private static final String TG_ARN =
            "arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":targetgroup/app-tg/73e2d6bc24d8a067";
    private static final String ALB_ARN =
            "arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/app/application-alb/50dc6c495c0c9188";
    private static final String TASKDEF_ARN =
            "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/demo-app-taskdef:1";

    @LocalServerPort
    int port;

    @Autowired
    ResourceService resources;

    @Autowired
    ChangeSetService changeSets;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theVpcAndTheEcsServiceBehindAnAlbResolveToTheDesiredStatesTheGuidesExpect() {
        Built vpc = ReferenceDiagram.buildVpc(api);
        assertThat(creates(vpc))
                .as("VPC, 6 subnets, IGW + attachment, 3 EIPs, 3 NAT gateways, 4 route tables, "
                        + "4 routes, 6 associations")
                .isEqualTo(29);
        assertOnlyPendingValues(vpc);
        apply(vpc);
        recordVpcResources(vpc);
        assertVpcDesiredStates(vpc);

        Built ecr = ReferenceDiagram.buildEcr(api, vpc);
        apply(ecr);
        record(
                ecr.id("demo-app-ecr-repo"),
                "demo-app-ecr-repo",
                "{'RepositoryUri':'" + REPOSITORY_URI + "','Arn':'arn:aws:ecr:us-east-1:" + ACCOUNT
                        + ":repository/demo-app-ecr-repo'}");
        JsonNode repositoryPolicy = desired(ecr.id("demo-app-ecr-repo-policy"));
        assertThat(repositoryPolicy.get("RepositoryName").asString()).isEqualTo("demo-app-ecr-repo");
        assertThat(repositoryPolicy.get("PolicyText"))
                .isEqualTo(json("{'Version':'2012-10-17','Statement':"
                        + "[{'Sid':'AllowPullForECSTasks','Effect':'Allow','Action':['ecr:GetDownloadUrlForLayer',"
                        + "'ecr:BatchGetImage','ecr:BatchCheckLayerAvailability'],"
                        + "'Principal':{'Service':['ecs-tasks.amazonaws.com']}}]}"));

        Built ecs = ReferenceDiagram.buildEcs(api, vpc, ecr);
        assertThat(creates(ecs))
                .as("2 security groups + 2 ingress rules, ALB, listener, target group, role, "
                        + "role policy, cluster, capacity provider associations, task definition, service")
                .isEqualTo(13);
        assertOnlyPendingValues(ecs);
        apply(ecs);
        recordEcsResources(ecs);
        assertEcsDesiredStates(vpc, ecs);
    }

    private void recordVpcResources(Built vpc) {
        record(
                vpc.id("How to VPC"),
                "vpc-0a1b2c3d4e5f60001",
                "{'VpcId':'vpc-0a1b2c3d4e5f60001',"
                        + "'CidrBlock':'10.0.0.0/16','DefaultSecurityGroup':'sg-0default0000000001'}");
        for (int i = 1; i <= 3; i++) {
            record(
                    vpc.id("Public " + i),
                    "subnet-0public" + i,
                    "{'SubnetId':'subnet-0public" + i + "'," + "'VpcId':'vpc-0a1b2c3d4e5f60001'}");
            record(
                    vpc.id("Private " + i),
                    "subnet-0private" + i,
                    "{'SubnetId':'subnet-0private" + i + "'," + "'VpcId':'vpc-0a1b2c3d4e5f60001'}");
            record(
                    vpc.id("NAT Gateway IP " + i),
                    "eipalloc-0" + i,
                    "{'AllocationId':'eipalloc-0" + i + "'," + "'PublicIp':'3.90.0." + i + "'}");
            record(vpc.id("NAT Gateway " + i), "nat-0" + i, "{'NatGatewayId':'nat-0" + i + "'}");
            record(vpc.id("Private Route Table " + i), "rtb-0private" + i, "{'RouteTableId':'rtb-0private" + i + "'}");
        }
        record(vpc.id("IGW"), "igw-0a1b2c3d", "{'InternetGatewayId':'igw-0a1b2c3d'}");
        record(vpc.id("Public Route Table"), "rtb-0public", "{'RouteTableId':'rtb-0public'}");
    }

    private void assertVpcDesiredStates(Built vpc) {
        assertThat(desired(vpc.id("How to VPC")))
                .isEqualTo(json("{'CidrBlock':'10.0.0.0/16'," + "'EnableDnsHostnames':true,'EnableDnsSupport':true}"));
        assertThat(desired(vpc.id("Public 2")))
                .isEqualTo(
                        json(
                                "{'CidrBlock':'10.0.144.0/20',"
                                        + "'AvailabilityZone':'us-east-1b','MapPublicIpOnLaunch':true,'VpcId':'vpc-0a1b2c3d4e5f60001'}"));
        JsonNode nat = desired(vpc.id("NAT Gateway 2"));
        assertThat(nat.get("SubnetId").asString()).isEqualTo("subnet-0public2");
        assertThat(nat.get("AllocationId").asString()).isEqualTo("eipalloc-02");
        assertThat(nat.get("ConnectivityType").asString()).isEqualTo("public");
        assertThat(desired(vpc.id("Route to Internet")))
                .isEqualTo(json("{'DestinationCidrBlock':'0.0.0.0/0',"
                        + "'RouteTableId':'rtb-0public','GatewayId':'igw-0a1b2c3d'}"));
        assertThat(desired(vpc.id("Public 3 Association")))
                .isEqualTo(json("{'RouteTableId':'rtb-0public'," + "'SubnetId':'subnet-0public3'}"));
        assertThat(desired(vpc.id("Gateway VPC Attachment")))
                .isEqualTo(json("{'VpcId':'vpc-0a1b2c3d4e5f60001'," + "'InternetGatewayId':'igw-0a1b2c3d'}"));
        assertThat(desired(vpc.id("Route to Internet 3")))
                .isEqualTo(json("{'DestinationCidrBlock':'0.0.0.0/0',"
                        + "'RouteTableId':'rtb-0private3','NatGatewayId':'nat-03'}"));
        assertThat(desired(vpc.id("Private 1 Association")))
                .isEqualTo(json("{'RouteTableId':'rtb-0private1'," + "'SubnetId':'subnet-0private1'}"));
        DesiredResource deepest = resources.desiredResource(vpc.id("Private 1 Association"));
        assertThat(deepest.region()).contains("us-east-1");
        assertThat(deepest.credential())
                .hasValueSatisfying(c -> assertThat(c.accessKeyId()).contains("testing"));
    }

    private void recordEcsResources(Built ecs) {
        record(ecs.id("alb-sg"), "sg-0alb", "{'GroupId':'sg-0alb','Id':'sg-0alb','VpcId':'vpc-0a1b2c3d4e5f60001'}");
        record(
                ecs.id("container-sg"),
                "sg-0container",
                "{'GroupId':'sg-0container','Id':'sg-0container'," + "'VpcId':'vpc-0a1b2c3d4e5f60001'}");
        record(
                ecs.id("application-alb"),
                ALB_ARN,
                "{'LoadBalancerArn':'" + ALB_ARN + "','DNSName':"
                        + "'application-alb-1234567890.us-east-1.elb.amazonaws.com','LoadBalancerName':'application-alb'}");
        record(ecs.id("app-tg"), TG_ARN, "{'TargetGroupArn':'" + TG_ARN + "','TargetGroupName':'app-tg'}");
        record(
                ecs.id("ecs-tasks-service"),
                "ecs-tasks-service",
                "{'Arn':'" + ROLE_ARN + "'," + "'RoleId':'AROA1234567890EXAMPLE'}");
        record(
                ecs.id("application-cluster-ecr-ecs"),
                "application-cluster-ecr-ecs",
                "{'Arn':" + "'arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/application-cluster-ecr-ecs'}");
        record(ecs.id("demo-app-taskdef"), TASKDEF_ARN, "{'TaskDefinitionArn':'" + TASKDEF_ARN + "'}");
    }

    private void assertEcsDesiredStates(Built vpc, Built ecs) {
        JsonNode alb = desired(ecs.id("application-alb"));
        assertThat(alb.get("Subnets")).isEqualTo(json("['subnet-0public1','subnet-0public2','subnet-0public3']"));
        assertThat(alb.get("SecurityGroups")).isEqualTo(json("['sg-0alb']"));
        assertThat(alb.get("Scheme").asString()).isEqualTo("internet-facing");
        JsonNode listener = desired(ecs.id("HTTP:80"));
        assertThat(listener.get("LoadBalancerArn").asString()).isEqualTo(ALB_ARN);
        assertThat(listener.get("DefaultActions"))
                .isEqualTo(json("[{'Type':'forward','TargetGroupArn':'" + TG_ARN + "'}]"));
        JsonNode tg = desired(ecs.id("app-tg"));
        assertThat(tg.get("VpcId").asString()).isEqualTo("vpc-0a1b2c3d4e5f60001");
        assertThat(tg.get("TargetType").asString()).isEqualTo("ip");
        assertThat(tg.get("Port").asInt()).isEqualTo(8080);
        JsonNode role = desired(ecs.id("ecs-tasks-service"));
        assertThat(role.get("AssumeRolePolicyDocument"))
                .isEqualTo(
                        json(
                                "{'Version':'2012-10-17','Statement':"
                                        + "[{'Effect':'Allow','Action':['sts:AssumeRole'],'Principal':{'Service':['ecs-tasks.amazonaws.com']}}]}"));
        assertThat(desired(ecs.id("ecs-tasks-service-additional-policy")))
                .isEqualTo(
                        json(
                                "{'PolicyArn':"
                                        + "'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy','RoleName':'ecs-tasks-service'}"));
        JsonNode task = desired(ecs.id("demo-app-taskdef"));
        assertThat(task.get("ContainerDefinitions"))
                .isEqualTo(json("[{'Name':'hello-world-demo','Essential':true,"
                        + "'Image':'" + REPOSITORY_URI + "','PortMappings':[{'ContainerPort':8080,'HostPort':8080,"
                        + "'Name':'http','Protocol':'tcp'}]}]"));
        assertThat(task.get("TaskRoleArn").asString()).isEqualTo(ROLE_ARN);
        assertThat(task.get("ExecutionRoleArn").asString()).isEqualTo(ROLE_ARN);
        assertThat(task.get("NetworkMode").asString()).isEqualTo("awsvpc");
        JsonNode service = desired(ecs.id("demo-ecs-service"));
        assertThat(service.get("TaskDefinition").asString()).isEqualTo(TASKDEF_ARN);
        assertThat(service.get("Cluster").asString()).isEqualTo("application-cluster-ecr-ecs");
        assertThat(service.at("/NetworkConfiguration/AwsvpcConfiguration/Subnets"))
                .isEqualTo(json("['subnet-0private1','subnet-0private2','subnet-0private3']"));
        assertThat(service.at("/NetworkConfiguration/AwsvpcConfiguration/SecurityGroups"))
                .isEqualTo(json("['sg-0container']"));
        assertThat(service.get("LoadBalancers"))
                .isEqualTo(json("[{'ContainerName':'hello-world-demo'," + "'ContainerPort':8080,'TargetGroupArn':'"
                        + TG_ARN + "'}]"));
        JsonNode ingress = desired(ecs.id("container-8080-ingress"));
        assertThat(ingress.get("SourceSecurityGroupId").asString()).isEqualTo("sg-0alb");
        assertThat(ingress.get("GroupId").asString()).isEqualTo("sg-0container");
        assertThat(desired(ecs.id("alb-80-ingress")).get("GroupId").asString()).isEqualTo("sg-0alb");
        assertThat(desired(ecs.id("ecs-capacity-associations")))
                .isEqualTo(json("{'CapacityProviders':"
                        + "['FARGATE','FARGATE_SPOT'],'Cluster':'application-cluster-ecr-ecs','DefaultCapacityProviderStrategy':"
                        + "[{'Base':0,'CapacityProvider':'FARGATE','Weight':1}]}"));
        JsonNode explained = api.ok("GET", "/api/change-sets/head/connections?into=" + ecs.id("HTTP:80"), null);
        assertThat(explained.toString()).contains("from down frame `application-alb`");
        assertThat(vpc.id("How to VPC")).isNotNull();
    }

    private long creates(Built built) {
        JsonNode diff = api.ok("GET", "/api/change-sets/" + built.changeSetId() + "/diff", null);
        return diff.get("actions")
                .valueStream()
                .filter(a -> a.get("kind").asString().equals("CREATE"))
                .count();
    }

    /**
     * What a reviewer sees before apply: nothing wrong (no broken rule, no missing value, no ambiguous frame),
     * only values that arrive once an upstream resource exists.
     */
    private void assertOnlyPendingValues(Built built) {
        JsonNode qualifications = api.ok("GET", "/api/change-sets/" + built.changeSetId() + "/qualifications", null);
        assertThat(qualifications
                        .valueStream()
                        .flatMap(JsonNode::valueStream)
                        .map(q -> q.get("check").asString()))
                .as(qualifications.toString())
                .isNotEmpty()
                .containsOnly("pending");
    }

    /**
     * Apply without a cloud: the merge apply performs, after which this test records resource data the way the
     * apply engine records a create's result (the cloud calls themselves are tested against moto elsewhere).
     */
    private void apply(Built built) {
        ReferenceDiagram.approve(api, built.changeSetId());
        changeSets.applyMerge(built.changeSetId());
    }

    /**
     * As the apply engine records a create's result (the primary identifier and the read-only attributes): through
     * the service it uses, since nothing in the API writes resource data on HEAD.
     */
    private void record(ComponentId id, String identifier, String attributes) {
        resources.recordResource(
                id,
                new ResourceData(
                        identifier,
                        dev.gantry.model.ResourceStatus.OK,
                        null,
                        ApiClient.JSON.createObjectNode(),
                        (tools.jackson.databind.node.ObjectNode) json(attributes)));
    }

    private JsonNode desired(ComponentId id) {
        return api.ok("GET", "/api/change-sets/head/components/" + id + "/code", null)
                .get("DesiredState");
    }

    private static JsonNode json(String text) {
        return ApiClient.JSON.readTree(text.replace('\'', '"'));
    }
}
