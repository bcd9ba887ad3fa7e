package dev.gantry.api;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.changeset.TestCatalogConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram of the ECR/ECS how-to (with its VPC prerequisite) built through the REST API, applied, resource
 * data recorded as apply will record it, and the desired states checked.
 */
@GantryIntegrationTest
@Import(TestCatalogConfiguration.class)
class ReferenceWorkflowIT {

    @LocalServerPort
    int port;
    ApiClient api;
    String cs;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String add(String name, String asset, String type, String parent, String properties) {
        String body = "{\"name\":\"" + name + "\",\"asset\":\"" + asset + "\",\"type\":\"" + type + "\",\"parent\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"properties\":" + properties + "}";
        return api.ok("POST", "/api/change-sets/" + cs + "/components", body).get("id").asString();
    }

    private void connect(String from, String output, String to, String input) {
        api.ok("POST", "/api/change-sets/" + cs + "/connections", "{\"from\":\"" + from + "\",\"output\":\"" + output
                + "\",\"to\":\"" + to + "\",\"input\":\"" + input + "\"}");
    }

    private void apply() {
        api.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + cs + "/approve", null);
        api.ok("POST", "/api/change-sets/" + cs + "/apply-merge", null);
    }

    private void resource(String id, String attributes) {
        api.ok("PUT", "/api/head/components/" + id + "/resource", "{\"identifier\":\"" + id + "\",\"status\":\"ok\","
                + "\"payload\":{},\"attributes\":" + attributes + "}");
    }

    private static JsonNode json(String text) {
        return ApiClient.JSON.readTree(text);
    }

    private JsonNode desired(String id) {
        JsonNode code = api.ok("GET", "/api/change-sets/head/components/" + id + "/code", null);
        return code.get("DesiredState");
    }

    @Test
    void theEcsBehindAnAlbDiagramResolvesToTheDesiredStatesTheHowToExpects() {
        cs = api.ok("POST", "/api/change-sets", "{\"name\":\"VPC How-to\"}").get("id").asString();
        String credential = add("creds", "AWS Credential", "down frame", null, "{\"AccessKeyId\":\"AKIA\"}");
        String region = add("us-east-1", "AWS Region", "down frame", credential, "{\"region\":\"us-east-1\"}");
        String vpc = add("How to VPC", "AWS::EC2::VPC", "Down Frame", region,
                "{\"CidrBlock\":\"10.0.0.0/16\",\"EnableDnsHostnames\":true}");
        List<String> publics = new ArrayList<>();
        List<String> privates = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            publics.add(add("Public " + i, "AWS::EC2::Subnet", "Configuration Frame (down)", vpc,
                    "{\"CidrBlock\":\"10.0." + (112 + 16 * i) + ".0/20\",\"MapPublicIpOnLaunch\":true}"));
            privates.add(add("Private " + i, "AWS::EC2::Subnet", "Configuration Frame (down)", vpc,
                    "{\"CidrBlock\":\"10.0." + (32 * (i - 1)) + ".0/19\"}"));
        }
        apply();
        resource(vpc, "{\"VpcId\":\"vpc-1\"}");
        for (int i = 0; i < 3; i++) {
            resource(publics.get(i), "{\"SubnetId\":\"subnet-public-" + (i + 1) + "\"}");
            resource(privates.get(i), "{\"SubnetId\":\"subnet-private-" + (i + 1) + "\"}");
        }
        assertThat(desired(publics.getFirst()).get("VpcId").asString()).isEqualTo("vpc-1");

        cs = api.ok("POST", "/api/change-sets", "{\"name\":\"ECS Infra\"}").get("id").asString();
        String repo = add("demo-app-ecr-repo", "AWS::ECR::Repository", "down frame", vpc,
                "{\"RepositoryName\":\"demo-app-ecr-repo\",\"EmptyOnDelete\":true}");
        String alb = add("application-alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "Down Frame", vpc,
                "{\"IpAddressType\":\"ipv4\",\"Name\":\"application-alb\",\"Scheme\":\"internet-facing\","
                        + "\"Type\":\"application\"}");
        publics.forEach(p -> connect(p, "Subnet Id", alb, "Subnets"));
        String albSg = add("alb-sg", "AWS::EC2::SecurityGroup", "component", vpc,
                "{\"GroupDescription\":\"Security Group to allow access to the Loadbalancer\",\"GroupName\":\"alb-sg\"}");
        connect(albSg, "Group Id", alb, "Security Groups");
        String albIngress = add("alb-80-ingress", "AWS::EC2::SecurityGroupIngress", "component", vpc,
                "{\"IpProtocol\":\"TCP\",\"CidrIp\":\"0.0.0.0/0\",\"FromPort\":80,\"ToPort\":80}");
        connect(albSg, "Group Id", albIngress, "Group Id");
        String listener = add("HTTP:80", "AWS::ElasticLoadBalancingV2::Listener", "Down Frame", alb,
                "{\"Port\":80,\"Protocol\":\"HTTP\"}");
        String tg = add("app-tg", "AWS::ElasticLoadBalancingV2::TargetGroup", "component", listener,
                "{\"Name\":\"app-tg\",\"Port\":8080,\"Protocol\":\"HTTP\",\"TargetType\":\"ip\","
                        + "\"HealthCheckPath\":\"/\",\"Matcher\":{\"HttpCode\":\"200\"}}");
        String actions = add("listener-actions", "Listener DefaultActions", "component", listener,
                "{\"Type\":\"forward\"}");
        connect(tg, "Target Group Arn", actions, "Target Group Arn");
        connect(actions, "Default Actions", listener, "Default Actions");
        String role = add("ecs-tasks-service", "AWS::IAM::Role", "down frame", vpc,
                "{\"RoleName\":\"ecs-tasks-service\",\"Description\":\"IAM Role to allow ECS to spawn tasks\"}");
        String containerSg = add("container-sg", "AWS::EC2::SecurityGroup", "component", vpc,
                "{\"GroupDescription\":\"Container Security Group\",\"GroupName\":\"container-sg\"}");
        String containerIngress = add("container-8080-ingress", "AWS::EC2::SecurityGroupIngress", "component", vpc,
                "{\"IpProtocol\":\"TCP\",\"FromPort\":8080,\"ToPort\":8080}");
        connect(containerSg, "Group Id", containerIngress, "Group Id");
        connect(albSg, "Group Id", containerIngress, "SourceSecurityGroupId");
        String cluster = add("application-cluster-ecr-ecs", "AWS::ECS::Cluster", "Down Frame", vpc,
                "{\"ClusterName\":\"application-cluster-ecr-ecs\"}");
        String strategy = add("ecs-capacity-strategy", "ECS CapacityProviderStrategy", "component", cluster,
                "{\"Base\":0,\"CapacityProvider\":\"FARGATE\",\"Weight\":1}");
        String associations = add("ecs-capacity-associations", "AWS::ECS::ClusterCapacityProviderAssociations",
                "component", cluster, "{\"CapacityProviders\":[\"FARGATE\",\"FARGATE_SPOT\"]}");
        connect(strategy, "Default Capacity Provider Strategy", associations, "Default Capacity Provider Strategy");
        String service = add("demo-ecs-service", "AWS::ECS::Service", "Up Frame", cluster,
                "{\"DesiredCount\":1,\"LaunchType\":\"FARGATE\",\"ServiceName\":\"demo-ecs-service\"}");
        privates.forEach(p -> connect(p, "Subnet ID", service, "Network Awsvpc Subnets"));
        connect(containerSg, "Group Id", service, "Network Awsvpc Security Groups");
        String taskdef = add("demo-app-taskdef", "AWS::ECS::TaskDefinition", "Frame Up", service,
                "{\"Cpu\":\"256\",\"Family\":\"demo-app-taskdef\",\"Memory\":\"512\",\"NetworkMode\":\"awsvpc\","
                        + "\"RequiresCompatibilities\":[\"FARGATE\"],"
                        + "\"RuntimePlatform\":{\"CpuArchitecture\":\"ARM64\",\"OperatingSystemFamily\":\"LINUX\"}}");
        connect(taskdef, "Task Definition Arn", service, "Task Definition");
        connect(role, "ARN", taskdef, "Task Role Arn");
        connect(role, "ARN", taskdef, "Execution Role Arn");
        String container = add("hello-world-demo", "TaskDefinition ContainerDefinitions", "component", taskdef,
                "{\"Name\":\"hello-world-demo\",\"Essential\":true}");
        connect(repo, "Repository Uri", container, "Image");
        String http = add("http", "ContainerDefinitions PortMappings", "component", taskdef,
                "{\"ContainerPort\":8080,\"HostPort\":8080,\"Name\":\"http\",\"Protocol\":\"tcp\"}");
        connect(http, "Port Mappings", container, "Port Mappings");
        add("lb-config", "Service LoadBalancers", "component", service,
                "{\"ContainerName\":\"hello-world-demo\",\"ContainerPort\":8080}");
        String lbConfig = api.ok("GET", "/api/change-sets/" + cs + "/components", null).valueStream()
                .filter(c -> c.get("name").asString().equals("lb-config")).findFirst().orElseThrow()
                .get("id").asString();
        connect(tg, "Target Group Arn", lbConfig, "Target Group Arn");
        String policy = add("ecs-tasks-service-additional-policy", "AWS::IAM::RolePolicy", "component", vpc,
                "{\"PolicyArn\":\"arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\"}");
        connect(role, "RoleName", policy, "RoleName");

        JsonNode diff = api.ok("GET", "/api/change-sets/" + cs + "/diff", null);
        assertThat(diff.get("actions").valueStream().filter(a -> a.get("kind").asString().equals("CREATE")).count())
                .isEqualTo(14);
        apply();
        resource(repo, "{\"RepositoryUri\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo\"}");
        resource(albSg, "{\"GroupId\":\"sg-alb\"}");
        resource(containerSg, "{\"GroupId\":\"sg-container\"}");
        resource(tg, "{\"TargetGroupArn\":\"arn:tg\"}");
        resource(role, "{\"Arn\":\"arn:aws:iam::123456789012:role/ecs-tasks-service\"}");
        resource(taskdef, "{\"TaskDefinitionArn\":\"arn:taskdef:1\"}");
        resource(cluster, "{\"Arn\":\"arn:cluster\"}");
        resource(alb, "{\"LoadBalancerArn\":\"arn:alb\",\"DNSName\":\"application-alb-1.us-east-1.elb.amazonaws.com\"}");

        assertThat(desired(alb).get("Subnets")).isEqualTo(json("[\"subnet-public-1\",\"subnet-public-2\",\"subnet-public-3\"]"));
        assertThat(desired(alb).get("SecurityGroups")).isEqualTo(json("[\"sg-alb\"]"));
        assertThat(desired(listener).get("LoadBalancerArn").asString()).isEqualTo("arn:alb");
        assertThat(desired(listener).get("DefaultActions")).isEqualTo(json("[{\"Type\":\"forward\",\"TargetGroupArn\":\"arn:tg\"}]"));
        JsonNode task = desired(taskdef);
        assertThat(task.get("ContainerDefinitions")).isEqualTo(json("[{\"Name\":\"hello-world-demo\","
                + "\"Essential\":true,\"Image\":\"123456789012.dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo\","
                + "\"PortMappings\":[{\"ContainerPort\":8080,\"HostPort\":8080,\"Name\":\"http\",\"Protocol\":\"tcp\"}]}]"));
        assertThat(task.get("TaskRoleArn").asString()).isEqualTo("arn:aws:iam::123456789012:role/ecs-tasks-service");
        assertThat(task.get("ExecutionRoleArn").asString())
                .isEqualTo("arn:aws:iam::123456789012:role/ecs-tasks-service");
        JsonNode svc = desired(service);
        assertThat(svc.get("TaskDefinition").asString()).isEqualTo("arn:taskdef:1");
        assertThat(svc.get("Cluster").asString()).isEqualTo("arn:cluster");
        assertThat(svc.at("/NetworkConfiguration/AwsvpcConfiguration/Subnets")).isEqualTo(json("[\"subnet-private-1\",\"subnet-private-2\",\"subnet-private-3\"]"));
        assertThat(svc.at("/NetworkConfiguration/AwsvpcConfiguration/SecurityGroups")).isEqualTo(json("[\"sg-container\"]"));
        assertThat(svc.get("LoadBalancers")).isEqualTo(json("[{\"ContainerName\":\"hello-world-demo\","
                + "\"ContainerPort\":8080,\"TargetGroupArn\":\"arn:tg\"}]"));
        assertThat(desired(containerIngress).get("SourceSecurityGroupId").asString()).isEqualTo("sg-alb");
        assertThat(desired(containerIngress).get("GroupId").asString()).isEqualTo("sg-container");
        assertThat(desired(policy).get("RoleName").asString()).isEqualTo("ecs-tasks-service");
        assertThat(desired(associations).get("DefaultCapacityProviderStrategy")).isEqualTo(json("[{\"Base\":0,\"CapacityProvider\":\"FARGATE\",\"Weight\":1}]"));
        JsonNode explained = api.ok("GET", "/api/change-sets/head/connections?into=" + listener, null);
        assertThat(explained.toString()).contains("from down frame `application-alb`");
    }
}
