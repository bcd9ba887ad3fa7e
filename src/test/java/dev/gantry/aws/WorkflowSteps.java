package dev.gantry.aws;

import dev.gantry.action.ResourceState;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference workflow's resources as the apply engine would send them: CloudFormation-shaped desired states,
 * in dependency order, each consuming its producers' identifiers and attributes (as sockets would carry them).
 */
final class WorkflowSteps {

    @FunctionalInterface
    interface Creator {
        ResourceState create(String type, String componentId, String desiredJson);
    }

    private static final String[] ZONES = {"us-east-1a", "us-east-1b", "us-east-1c"};
    private static final String[] PUBLIC_CIDRS = {"10.0.128.0/20", "10.0.144.0/20", "10.0.160.0/20"};
    private static final String[] PRIVATE_CIDRS = {"10.0.0.0/19", "10.0.32.0/19", "10.0.64.0/19"};

    private WorkflowSteps() {}

    /** The VPC how-to: VPC, 3 public and 3 private subnets, IGW, EIPs, NAT gateways, route tables, routes. */
    static Map<String, String> createVpc(Creator c, Moto moto) {
        Map<String, String> ids = new HashMap<>();
        String vpc = c.create("AWS::EC2::VPC", "vpc", """
                {"CidrBlock": "10.0.0.0/16", "EnableDnsHostnames": true, "EnableDnsSupport": true,
                 "Tags": [{"Key": "Name", "Value": "How to VPC"}]}""").identifier();
        ids.put("vpc", vpc);
        for (int i = 0; i < 3; i++) {
            ids.put(
                    "public-" + (i + 1),
                    c.create("AWS::EC2::Subnet", "public-" + (i + 1), """
                    {"VpcId": "%s", "CidrBlock": "%s", "AvailabilityZone": "%s", "MapPublicIpOnLaunch": true}""".formatted(vpc, PUBLIC_CIDRS[i], ZONES[i]))
                            .properties()
                            .get("SubnetId")
                            .asString());
            ids.put(
                    "private-" + (i + 1),
                    c.create("AWS::EC2::Subnet", "private-" + (i + 1), """
                    {"VpcId": "%s", "CidrBlock": "%s", "AvailabilityZone": "%s"}""".formatted(vpc, PRIVATE_CIDRS[i], ZONES[i]))
                            .identifier());
        }
        String igw = c.create("AWS::EC2::InternetGateway", "igw", "{}")
                .properties()
                .get("InternetGatewayId")
                .asString();
        ids.put("igw", igw);
        c.create("AWS::EC2::VPCGatewayAttachment", "igw-attachment", """
                {"VpcId": "%s", "InternetGatewayId": "%s"}""".formatted(vpc, igw));
        String publicTable = c.create("AWS::EC2::RouteTable", "public-rt", """
                {"VpcId": "%s"}""".formatted(vpc))
                .properties()
                .get("RouteTableId")
                .asString();
        ids.put("public-rt", publicTable);
        c.create("AWS::EC2::Route", "route-to-internet", """
                {"RouteTableId": "%s", "DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "%s"}""".formatted(publicTable, igw));
        for (int i = 1; i <= 3; i++) {
            c.create("AWS::EC2::SubnetRouteTableAssociation", "public-assoc-" + i, """
                    {"SubnetId": "%s", "RouteTableId": "%s"}""".formatted(
                            ids.get("public-" + i), publicTable));
            createPrivateRouting(c, ids, i);
        }
        return ids;
    }

    private static void createPrivateRouting(Creator c, Map<String, String> ids, int i) {
        String allocation = c.create("AWS::EC2::EIP", "nat-ip-" + i, """
                {"Domain": "vpc"}""")
                .properties()
                .get("AllocationId")
                .asString();
        // The guide's loose spelling of the type must work too.
        String nat = c.create(i == 1 ? "AWS::EC2::NATGateway" : "AWS::EC2::NatGateway", "nat-" + i, """
                {"SubnetId": "%s", "AllocationId": "%s", "ConnectivityType": "public"}""".formatted(
                                ids.get("public-" + i), allocation))
                .properties()
                .get("NatGatewayId")
                .asString();
        ids.put("nat-" + i, nat);
        String table = c.create("AWS::EC2::RouteTable", "private-rt-" + i, """
                {"VpcId": "%s"}""".formatted(ids.get("vpc")))
                .identifier();
        ids.put("private-rt-" + i, table);
        c.create("AWS::EC2::Route", "private-route-" + i, """
                {"RouteTableId": "%s", "DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "%s"}""".formatted(table, nat));
        c.create("AWS::EC2::SubnetRouteTableAssociation", "private-assoc-" + i, """
                {"SubnetId": "%s", "RouteTableId": "%s"}""".formatted(
                        ids.get("private-" + i), table));
    }

    /** The ECR/ECS how-to on top of the VPC. */
    static Map<String, String> createApplication(Creator c, Map<String, String> n) {
        Map<String, String> ids = new HashMap<>();
        String vpc = n.get("vpc");
        String albSg = c.create("AWS::EC2::SecurityGroup", "alb-sg", """
                {"GroupName": "alb-sg", "GroupDescription": "Security Group to allow access to the Loadbalancer",
                 "VpcId": "%s"}""".formatted(vpc))
                .properties()
                .get("GroupId")
                .asString();
        ids.put("alb-sg", albSg);
        c.create("AWS::EC2::SecurityGroupIngress", "alb-80-ingress", """
                {"GroupId": "%s", "IpProtocol": "TCP", "CidrIp": "0.0.0.0/0", "FromPort": 80, "ToPort": 80,
                 "Description": "Ingress to allow 80 from the world"}""".formatted(albSg));
        String containerSg = c.create("AWS::EC2::SecurityGroup", "container-sg", """
                {"GroupName": "container-sg", "GroupDescription": "Container Security Group", "VpcId": "%s"}""".formatted(vpc))
                .identifier();
        ids.put("container-sg", containerSg);
        c.create("AWS::EC2::SecurityGroupIngress", "container-8080-ingress", """
                {"GroupId": "%s", "IpProtocol": "TCP", "FromPort": "8080", "ToPort": "8080",
                 "SourceSecurityGroupId": "%s", "Description": "Ingress to allow access to port 8080"}""".formatted(containerSg, albSg));
        createLoadBalancing(c, n, ids);
        createImageAndRoles(c, ids);
        createEcs(c, n, ids);
        return ids;
    }

    private static void createLoadBalancing(Creator c, Map<String, String> n, Map<String, String> ids) {
        ResourceState alb = c.create("AWS::ElasticLoadBalancingV2::LoadBalancer", "application-alb", """
                {"Name": "application-alb", "IpAddressType": "ipv4", "Scheme": "internet-facing",
                 "Type": "application", "Subnets": ["%s", "%s", "%s"], "SecurityGroups": ["%s"]}""".formatted(
                        n.get("public-1"), n.get("public-2"), n.get("public-3"), ids.get("alb-sg")));
        ids.put("alb", alb.identifier());
        ids.put("alb-dns", alb.properties().get("DNSName").asString());
        String tg = c.create("AWS::ElasticLoadBalancingV2::TargetGroup", "app-tg", """
                {"Name": "app-tg", "HealthCheckEnabled": true, "HealthCheckIntervalSeconds": 30,
                 "HealthCheckPath": "/", "HealthCheckPort": "8080", "HealthCheckProtocol": "HTTP",
                 "HealthCheckTimeoutSeconds": 5, "HealthyThresholdCount": 5, "IpAddressType": "ipv4",
                 "Port": 8080, "Protocol": "HTTP", "ProtocolVersion": "HTTP1", "TargetType": "ip",
                 "UnhealthyThresholdCount": 2, "Matcher": {"HttpCode": "200"}, "VpcId": "%s"}""".formatted(n.get("vpc")))
                .properties()
                .get("TargetGroupArn")
                .asString();
        ids.put("tg", tg);
        c.create("AWS::ElasticLoadBalancingV2::Listener", "http-80", """
                {"LoadBalancerArn": "%s", "Port": 80, "Protocol": "HTTP",
                 "DefaultActions": [{"Type": "forward", "TargetGroupArn": "%s"}]}""".formatted(alb.identifier(), tg));
    }

    private static void createImageAndRoles(Creator c, Map<String, String> ids) {
        ResourceState repository = c.create("AWS::ECR::Repository", "demo-app-ecr-repo", """
                {"RepositoryName": "demo-app-ecr-repo", "EmptyOnDelete": true}""");
        ids.put("repository-uri", repository.properties().get("RepositoryUri").asString());
        c.create(AwsProvider.ECR_REPOSITORY_POLICY, "demo-app-ecr-repo-policy", """
                {"RepositoryName": "demo-app-ecr-repo",
                 "Statement": [{"Sid": "AllowPullForECSTasks", "Effect": "Allow",
                   "Principal": {"Service": ["ecs-tasks.amazonaws.com"]},
                   "Action": ["ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage",
                              "ecr:BatchCheckLayerAvailability"]}]}""");
        ResourceState role = c.create("AWS::IAM::Role", "ecs-tasks-service", """
                {"RoleName": "ecs-tasks-service", "Description": "IAM Role to allow ECS to spawn tasks",
                 "Tags": [{"Key": "ECSAccess", "Value": "Allow"}],
                 "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                   "Principal": {"Service": ["ecs-tasks.amazonaws.com"]}, "Action": ["sts:AssumeRole"]}]}}""");
        ids.put("role-arn", role.properties().get("Arn").asString());
        c.create("AWS::IAM::RolePolicy", "ecs-tasks-service-additional-policy", """
                {"PolicyArn": "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy",
                 "RoleName": "%s"}""".formatted(
                        role.properties().get("RoleName").asString()));
    }

    private static void createEcs(Creator c, Map<String, String> n, Map<String, String> ids) {
        String cluster = c.create("AWS::ECS::Cluster", "application-cluster-ecr-ecs", """
                {"ClusterName": "application-cluster-ecr-ecs"}""")
                .identifier();
        c.create("AWS::ECS::ClusterCapacityProviderAssociations", "ecs-capacity-associations", """
                {"Cluster": "%s", "CapacityProviders": ["FARGATE", "FARGATE_SPOT"],
                 "DefaultCapacityProviderStrategy": [{"Base": 0, "CapacityProvider": "FARGATE", "Weight": 1}]}""".formatted(cluster));
        String taskDefinition = c.create("AWS::ECS::TaskDefinition", "demo-app-taskdef", """
                {"Family": "demo-app-taskdef", "Cpu": "256", "Memory": "512", "NetworkMode": "awsvpc",
                 "RequiresCompatibilities": ["FARGATE"], "ExecutionRoleArn": "%s", "TaskRoleArn": "%s",
                 "RuntimePlatform": {"CpuArchitecture": "ARM64", "OperatingSystemFamily": "LINUX"},
                 "ContainerDefinitions": [{"Name": "hello-world-demo", "Image": "%s", "Essential": true,
                   "PortMappings": [{"ContainerPort": 8080, "HostPort": 8080, "Name": "http",
                                     "Protocol": "tcp"}]}]}""".formatted(
                                ids.get("role-arn"), ids.get("role-arn"), ids.get("repository-uri")))
                .properties()
                .get("TaskDefinitionArn")
                .asString();
        ids.put("taskdef", taskDefinition);
        c.create("AWS::ECS::Service", "demo-ecs-service", """
                {"Cluster": "%s", "ServiceName": "demo-ecs-service", "DesiredCount": 1, "LaunchType": "FARGATE",
                 "TaskDefinition": "%s",
                 "NetworkConfiguration": {"AwsvpcConfiguration": {"Subnets": ["%s", "%s", "%s"],
                   "SecurityGroups": ["%s"]}},
                 "LoadBalancers": [{"ContainerName": "hello-world-demo", "ContainerPort": 8080,
                   "TargetGroupArn": "%s"}]}""".formatted(
                        cluster,
                        taskDefinition,
                        n.get("private-1"),
                        n.get("private-2"),
                        n.get("private-3"),
                        ids.get("container-sg"),
                        ids.get("tg")));
    }
}
