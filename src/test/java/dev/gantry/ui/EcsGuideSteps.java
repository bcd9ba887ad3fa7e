package dev.gantry.ui;

/**
 * The ECS part of aws-ecr-ecs-howto.md ("Create a new Change Set" to "Create an IAM Role Policy"), step by step in
 * the editor, with the guide's names and values. Where the guide has a typo or leaves something out, the step says
 * what it does instead (as {@code api.ReferenceDiagram} does for the same diagram built through the API).
 */
final class EcsGuideSteps {

    private EcsGuideSteps() {}

    static void build(GuideWalker user) {
        loadBalancer(user);
        role(user);
        containerSecurity(user);
        cluster(user);
        service(user);
        user.select("How to VPC");
        user.addAs("component");
        user.add("RolePolicy", "AWS::IAM::RolePolicy", "ecs-tasks-service-additional-policy");
        user.set("PolicyArn", "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        user.connect("ecs-tasks-service", "Role Name", "ecs-tasks-service-additional-policy", "Role Name");
    }

    private static void loadBalancer(GuideWalker user) {
        user.select("How to VPC");
        user.addAs("down frame");
        user.add("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer", "application-alb");
        user.set("IpAddressType", "ipv4");
        user.set("Name", "application-alb");
        user.set("Scheme", "internet-facing");
        user.set("Type", "application");
        for (int i = 1; i <= 3; i++) { // "each of the public subnet Components": one per availability zone
            user.connect("Public " + i, "Subnet Id", "application-alb", "Subnets");
        }

        user.select("How to VPC");
        user.addAs("component");
        user.add("SecurityGroup", "AWS::EC2::SecurityGroup", "alb-sg");
        user.set("GroupDescription", "Security Group to allow access to the Loadbalancer");
        user.set("GroupName", "alb-sg");
        user.connect("alb-sg", "Group Id", "application-alb", "Security Groups");
        user.add("SecurityGroupIngress", "AWS::EC2::SecurityGroupIngress", "alb-80-ingress");
        user.set("IpProtocol", "tcp"); // the guide's TCP, as EC2 names it
        user.set("CidrIp", "0.0.0.0/0");
        user.set("Description", "Ingress to allow 80 from the world");
        user.set("FromPort", "80");
        user.set("ToPort", "80");
        user.connect("alb-sg", "Group Id", "alb-80-ingress", "Group Id");

        user.select("application-alb");
        user.addAs("down frame");
        user.add("Listener", "AWS::ElasticLoadBalancingV2::Listener", "HTTP:80");
        user.set("Port", "80");
        user.set("Protocol", "HTTP");
        user.addAs("component");
        user.add("TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup", "app-tg");
        targetGroup(user);
        user.add("Listener DefaultActions", "Listener DefaultActions", "listener-actions");
        user.set("Type", "forward");
        user.connect("app-tg", "Target Group Arn", "listener-actions", "Target Group Arn");
        user.connect("listener-actions", "Default Actions", "HTTP:80", "Default Actions");
    }

    /** The target group listens on 8080, the port of the image's web server, as the guide says. */
    private static void targetGroup(GuideWalker user) {
        user.set("HealthCheckEnabled", "true");
        user.set("HealthCheckIntervalSeconds", "30");
        user.set("HealthCheckPath", "/");
        user.set("HealthCheckPort", "8080");
        user.set("HealthCheckProtocol", "HTTP");
        user.set("HealthCheckTimeoutSeconds", "5");
        user.set("HealthyThresholdCount", "5");
        user.set("IpAddressType", "ipv4");
        user.set("Name", "app-tg");
        user.set("Port", "8080");
        user.set("Protocol", "HTTP");
        user.set("ProtocolVersion", "HTTP1");
        user.set("TargetType", "ip");
        user.set("UnhealthyThresholdCount", "2");
        user.objectField("Matcher", "HttpCode", "200");
    }

    /** The role collects its trust statement inside it, so it is an up frame. */
    private static void role(GuideWalker user) {
        user.select("How to VPC");
        user.addAs("up frame");
        user.add("Role", "AWS::IAM::Role", "ecs-tasks-service");
        user.set("RoleName", "ecs-tasks-service");
        user.set("Description", "IAM Role to allow ECS to spawn tasks");
        user.tag("Tags", "ECSAccess", "Allow");
        user.addAs("component");
        user.add("PolicyStatement", "AWS::IAM::PolicyStatement", "ecs-tasks-assume-role-policy");
        user.listItems("Action", "sts:AssumeRole");
        user.set("Effect", "Allow");
        user.objectListItems("Principal", "Service", "ecs-tasks.amazonaws.com");
    }

    private static void containerSecurity(GuideWalker user) {
        user.select("How to VPC");
        user.addAs("component");
        user.add("SecurityGroup", "AWS::EC2::SecurityGroup", "container-sg");
        user.set("GroupDescription", "Container Security Group");
        user.set("GroupName", "container-sg");
        user.add("SecurityGroupIngress", "AWS::EC2::SecurityGroupIngress", "container-8080-ingress");
        user.set("IpProtocol", "tcp");
        user.set("Description", "Ingress to allow access to port 8080");
        user.set("FromPort", "8080");
        user.set("ToPort", "8080");
        user.connect("container-sg", "Group Id", "container-8080-ingress", "Group Id");
        user.connect("alb-sg", "Group Id", "container-8080-ingress", "Source Security Group Id");
    }

    private static void cluster(GuideWalker user) {
        user.select("How to VPC");
        user.addAs("down frame");
        user.add("ECS Cluster", "AWS::ECS::Cluster", "application-cluster-ecr-ecs");
        user.set("ClusterName", "application-cluster-ecr-ecs");
        user.addAs("component");
        // the guide's name finds the cluster association's default strategy, the asset it means
        user.add(
                "ECS CapacityProviderStrategy",
                "ClusterCapacityProviderAssociations DefaultCapacityProviderStrategy",
                "ecs-capacity-strategy");
        user.set("Base", "0");
        user.set("CapacityProvider", "FARGATE");
        user.set("Weight", "1");
        user.add(
                "ClusterCapacityProviderAssociations",
                "AWS::ECS::ClusterCapacityProviderAssociations",
                "ecs-capacity-associations");
        user.listItems("CapacityProviders", "FARGATE", "FARGATE_SPOT");
        user.connect(
                "ecs-capacity-strategy",
                "Default Capacity Provider Strategy",
                "ecs-capacity-associations",
                "Default Capacity Provider Strategy");
    }

    /** The service up frame holds the task definition up frame and the load balancer configuration. */
    private static void service(GuideWalker user) {
        user.select("application-cluster-ecr-ecs");
        user.addAs("up frame");
        user.add("ECS Service", "AWS::ECS::Service", "demo-ecs-service");
        user.set("DesiredCount", "1");
        user.set("LaunchType", "FARGATE");
        user.set("ServiceName", "demo-ecs-service");
        for (int i = 1; i <= 3; i++) { // the guide's "Network Awsvpc Security Groups" for subnets means this input
            user.connect("Private " + i, "Subnet ID", "demo-ecs-service", "Network Awsvpc Subnets");
        }
        user.connect("container-sg", "Id", "demo-ecs-service", "Network Awsvpc Security Groups");

        user.add("TaskDefinition", "AWS::ECS::TaskDefinition", "demo-app-taskdef");
        user.set("Cpu", "256");
        user.set("Family", "demo-app-taskdef");
        user.set("Memory", "512");
        user.set("NetworkMode", "awsvpc");
        user.choose("RequiresCompatibilities", "FARGATE");
        user.objectField("RuntimePlatform", "CpuArchitecture", "ARM64");
        user.objectField("RuntimePlatform", "OperatingSystemFamily", "LINUX");
        user.connect("demo-app-taskdef", "Task Definition Arn", "demo-ecs-service", "Task Definition");
        user.connect("ecs-tasks-service", "Arn", "demo-app-taskdef", "Task Role Arn");
        user.connect("ecs-tasks-service", "Arn", "demo-app-taskdef", "Execution Role Arn");

        user.select("demo-app-taskdef");
        user.addAs("component");
        user.add("TaskDefinition ContainerDefinitions", "TaskDefinition ContainerDefinitions", "hello-world-demo");
        user.set("Name", "hello-world-demo");
        user.set("Essential", "true");
        user.connect("demo-app-ecr-repo", "Repository Uri", "hello-world-demo", "Image");
        user.add("ContainerDefinitions PortMappings", "ContainerDefinitions PortMappings", "http");
        user.set("ContainerPort", "8080");
        user.set("HostPort", "8080");
        user.set("Name", "http");
        user.set("Protocol", "tcp");
        user.connect("http", "Port Mappings", "hello-world-demo", "Port Mappings");

        user.select("demo-ecs-service");
        user.add("Service LoadBalancers", "Service LoadBalancers", "lb-config");
        user.set("ContainerName", "hello-world-demo");
        user.set("ContainerPort", "8080");
        user.connect("app-tg", "Target Group Arn", "lb-config", "Target Group Arn");
    }
}
