package dev.gantry.api;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.model.ComponentId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diagrams of the two how-to guides ({@code reference/aws-vpc-howto.md}, {@code aws-ecr-ecs-howto.md}), built
 * through the REST API exactly as a user would: the guides' asset names, component names, socket names and values
 * (where a guide has a typo, what it means; each place says so). Plain HTTP against a base URL, so the apply tests
 * against moto can build, approve and apply the same diagram for real. Components are named as in the guides
 * ({@code How to VPC}, {@code Public 1}, {@code NAT Gateway 2}, {@code application-alb}, {@code demo-app-taskdef},
 * ...), and those names are the keys of {@link Built#components()}.
 *
 * <p>Order of use, as in the guides: {@link #buildVpc} (change set {@code VPC How-to}), approve and apply; then
 * {@link #buildEcr} ({@code ECR Infrastructure How-to}), approve and apply, push the image; then
 * {@link #buildEcs} ({@code ECS Infra}), approve and apply.
 */
public final class ReferenceDiagram {

    /** What a build made: its change set and the components it created, by the guide's component names. */
    public record Built(ChangeSetId changeSetId, Map<String, ComponentId> components) {

        public Built {
            components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        }

        /** The component of that name, or an error naming what exists. */
        public ComponentId id(String name) {
            ComponentId id = components.get(name);
            if (id == null) {
                throw new IllegalArgumentException("No component `" + name + "` in " + components.keySet());
            }
            return id;
        }
    }

    /** Credentials moto accepts; real AWS wants real ones (or {@code {"UseDefaultChain": true}}). */
    public static final String MOTO_CREDENTIAL = "{'AccessKeyId':'testing','SecretAccessKey':'testing'}";

    private final ApiClient api;
    private final ChangeSetId changeSet;
    private final Map<String, ComponentId> made = new LinkedHashMap<>();
    private final Map<String, ComponentId> upstream = new LinkedHashMap<>();

    private ReferenceDiagram(ApiClient api, String changeSetName, Built... before) {
        this.api = api;
        this.changeSet = ChangeSetId.parse(api.newChangeSet(changeSetName));
        for (Built b : before) {
            upstream.putAll(b.components());
        }
    }

    public static Built buildVpc(ApiClient api) {
        return buildVpc(api, MOTO_CREDENTIAL);
    }

    /**
     * The VPC guide: AWS Credential ⊃ Region (us-east-1) ⊃ VPC frame with 3 public subnets (each holding an EIP and
     * a NAT gateway) and 3 private subnets (each holding a route table frame with a route to its NAT gateway and
     * the subnet's association), the internet gateway and its attachment, and the public route table frame with
     * the route to the internet gateway and the 3 public associations.
     *
     * @param credentialProperties the AWS Credential's properties as JSON (single quotes allowed)
     */
    public static Built buildVpc(ApiClient api, String credentialProperties) {
        ReferenceDiagram d = new ReferenceDiagram(api, "VPC How-to");
        d.vpc(credentialProperties);
        return d.built();
    }

    /** Both guides' diagrams (VPC, ECR, ECS) in one change set, as one template would hold them. */
    public static Built buildWhole(ApiClient api) {
        ReferenceDiagram d = new ReferenceDiagram(api, "Reference workflow");
        d.vpc(MOTO_CREDENTIAL);
        d.ecr();
        d.ecs();
        return d.built();
    }

    private void vpc(String credentialProperties) {
        ReferenceDiagram d = this;
        String credential = d.add("AWS Credential", "AWS Credential", "down frame", null, credentialProperties);
        // The guide writes `AWS Region` and a lower-case `region` property; both are found.
        String region = d.add("us-east-1", "AWS Region", "down frame", credential, "{'region':'us-east-1'}");
        // "EnableDnsResolution" in the guide is the VPC's EnableDnsSupport.
        String vpc = d.add(
                "How to VPC",
                "AWS::EC2::VPC",
                "Down Frame",
                region,
                "{'CidrBlock':'10.0.0.0/16','EnableDnsHostnames':true,'EnableDnsSupport':true}");
        String[] zones = {"us-east-1a", "us-east-1b", "us-east-1c"};
        for (int i = 1; i <= 3; i++) {
            String subnet = d.add(
                    "Public " + i,
                    "AWS::EC2::Subnet",
                    "Configuration Frame (down)",
                    vpc,
                    "{'CidrBlock':'10.0." + (112 + 16 * i) + ".0/20','AvailabilityZone':'" + zones[i - 1]
                            + "','MapPublicIpOnLaunch':true}");
            String nat = d.add(
                    "NAT Gateway " + i, "AWS::EC2::NATGateway", "component", subnet, "{'ConnectivityType':'public'}");
            String ip = d.add("NAT Gateway IP " + i, "AWS::EC2::EIP", "component", subnet, "{'Domain':'vpc'}");
            d.connect(ip, "Allocation ID", nat, "Allocation ID");
        }
        String publicTable =
                d.add("Public Route Table", "AWS::EC2::RouteTable", "Configuration Frame (down)", vpc, "{}");
        for (int i = 1; i <= 3; i++) {
            String association = d.add(
                    "Public " + i + " Association",
                    "AWS::EC2::SubnetRouteTableAssociation",
                    "component",
                    publicTable,
                    "{}");
            d.connect(d.id("Public " + i), "Subnet ID", association, "Subnet ID");
        }
        String route = d.add(
                "Route to Internet",
                "AWS::EC2::Route",
                "component",
                publicTable,
                "{'DestinationCidrBlock':'0.0.0.0/0'}");
        String igw = d.add("IGW", "AWS::EC2::InternetGateway", "component", vpc, "{}");
        String attachment = d.add("Gateway VPC Attachment", "AWS::EC2::VPCGatewayAttachment", "component", vpc, "{}");
        d.connect(igw, "Internet Gateway ID", route, "Gateway ID");
        d.connect(igw, "Internet Gateway ID", attachment, "Internet Gateway ID");
        for (int i = 1; i <= 3; i++) {
            String subnet = d.add(
                    "Private " + i,
                    "AWS::EC2::Subnet",
                    "Configuration Frame (down)",
                    vpc,
                    "{'CidrBlock':'10.0." + (32 * (i - 1)) + ".0/19','AvailabilityZone':'" + zones[i - 1] + "'}");
            String table = d.add(
                    "Private Route Table " + i, "AWS::EC2::RouteTable", "Configuration Frame (down)", subnet, "{}");
            String privateRoute = d.add(
                    "Route to Internet " + i,
                    "AWS::EC2::Route",
                    "component",
                    table,
                    "{'DestinationCidrBlock':'0.0.0.0/0'}");
            d.connect(d.id("NAT Gateway " + i), "NAT Gateway ID", privateRoute, "NAT Gateway ID");
            // The guide puts it "in the Private Subnet frame"; inside that frame's route table frame it gets both
            // ids from its frames: the route table's (one level up) and the subnet's (two levels up).
            d.add("Private " + i + " Association", "AWS::EC2::SubnetRouteTableAssociation", "component", table, "{}");
        }
    }

    /**
     * The ECR part of the ECS guide: the repository frame in the VPC frame, holding the repository policy up frame
     * that collects the {@code AllowPullForECSTasks} statement.
     */
    public static Built buildEcr(ApiClient api, Built vpc) {
        ReferenceDiagram d = new ReferenceDiagram(api, "ECR Infrastructure How-to", vpc);
        d.ecr();
        return d.built();
    }

    private void ecr() {
        ReferenceDiagram d = this;
        String repo = d.add(
                "demo-app-ecr-repo",
                "AWS::ECR::Repository",
                "Down Frame",
                d.id("How to VPC"),
                "{'RepositoryName':'demo-app-ecr-repo','EmptyOnDelete':true}");
        String policy = d.add("demo-app-ecr-repo-policy", "AWS ECR Private Repository Policy", "Up Frame", repo, "{}");
        // The guide's statement has no Principal, and real ECR refuses a repository policy statement without one
        // ("Invalid repository policy provided"); the tasks that pull are ECS tasks, so they are the principal.
        d.add(
                "AllowPullForECSTasks",
                "AWS::IAM::PolicyStatement",
                "component",
                policy,
                "{'Sid':'AllowPullForECSTasks','Effect':'Allow','Action':['ecr:GetDownloadUrlForLayer',"
                        + "'ecr:BatchGetImage','ecr:BatchCheckLayerAvailability'],"
                        + "'Principal':{'Service':['ecs-tasks.amazonaws.com']}}");
    }

    /**
     * The ECS part of the guide: load balancer frame (over the three public subnets) with its security group and
     * ingress, listener frame with target group and default action, the IAM role (an up frame collecting its trust
     * statement) and managed-policy attachment, the container security group and its ingress from the load
     * balancer's group, and the cluster frame with its capacity provider associations and the service up frame,
     * which holds the task definition up frame (container definition, port mapping) and the load balancer
     * configuration.
     */
    public static Built buildEcs(ApiClient api, Built vpc, Built ecr) {
        ReferenceDiagram d = new ReferenceDiagram(api, "ECS Infra", vpc, ecr);
        d.ecs();
        return d.built();
    }

    private void ecs() {
        ReferenceDiagram d = this;
        String vpcFrame = d.id("How to VPC");
        String alb = d.add(
                "application-alb",
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                "Down Frame",
                vpcFrame,
                "{'IpAddressType':'ipv4','Name':'application-alb','Scheme':'internet-facing','Type':'application'}");
        // "each of the public subnet Components": all three, one per availability zone.
        for (int i = 1; i <= 3; i++) {
            d.connect(d.id("Public " + i), "Subnet Id", alb, "Subnets");
        }
        String albSg = d.add(
                "alb-sg",
                "AWS::EC2::SecurityGroup",
                "component",
                vpcFrame,
                "{'GroupDescription':'Security Group to allow access to the Loadbalancer','GroupName':'alb-sg'}");
        d.connect(albSg, "Group Id", alb, "Security Groups");
        // IpProtocol: the guide writes TCP; EC2 documents and reports the lower-case name.
        String albIngress = d.add(
                "alb-80-ingress",
                "AWS::EC2::SecurityGroupIngress",
                "component",
                vpcFrame,
                "{'IpProtocol':'tcp','CidrIp':'0.0.0.0/0','Description':'Ingress to allow 80 from the world',"
                        + "'FromPort':80,'ToPort':80}");
        d.connect(albSg, "Group Id", albIngress, "Group Id");
        String listener = d.add(
                "HTTP:80", "AWS::ElasticLoadBalancingV2::Listener", "Down Frame", alb, "{'Port':80,'Protocol':'HTTP'}");
        // The target group and the container listen on 8080 (the hello-world image's port), as the guide says.
        String tg = d.add(
                "app-tg",
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                "component",
                listener,
                "{'HealthCheckEnabled':true,'HealthCheckIntervalSeconds':30,'HealthCheckPath':'/',"
                        + "'HealthCheckPort':'8080','HealthCheckProtocol':'HTTP','HealthCheckTimeoutSeconds':5,"
                        + "'HealthyThresholdCount':5,'IpAddressType':'ipv4','Name':'app-tg','Port':8080,"
                        + "'Protocol':'HTTP','ProtocolVersion':'HTTP1','TargetType':'ip',"
                        + "'UnhealthyThresholdCount':2,'Matcher':{'HttpCode':'200'}}");
        String actions =
                d.add("listener-actions", "Listener DefaultActions", "component", listener, "{'Type':'forward'}");
        d.connect(tg, "Target Group Arn", actions, "Target Group Arn");
        d.connect(actions, "Default Actions", listener, "Default Actions");
        // The role collects the trust statement inside it, so it is an up frame. The guide uses this one role as
        // both the task role and the execution role.
        String role = d.add(
                "ecs-tasks-service",
                "AWS::IAM::Role",
                "Up Frame",
                vpcFrame,
                "{'RoleName':'ecs-tasks-service','Description':'IAM Role to allow ECS to spawn tasks',"
                        + "'Tags':[{'Key':'ECSAccess','Value':'Allow'}]}");
        d.add(
                "ecs-tasks-assume-role-policy",
                "AWS::IAM::PolicyStatement",
                "component",
                role,
                "{'Action':['sts:AssumeRole'],'Effect':'Allow','Principal':{'Service':['ecs-tasks.amazonaws.com']}}");
        String containerSg = d.add(
                "container-sg",
                "AWS::EC2::SecurityGroup",
                "component",
                vpcFrame,
                "{'GroupDescription':'Container Security Group','GroupName':'container-sg'}");
        String containerIngress = d.add(
                "container-8080-ingress",
                "AWS::EC2::SecurityGroupIngress",
                "component",
                vpcFrame,
                "{'IpProtocol':'tcp','Description':'Ingress to allow access to port 8080',"
                        + "'FromPort':8080,'ToPort':8080}");
        d.connect(containerSg, "Group Id", containerIngress, "Group Id");
        d.connect(albSg, "Group Id", containerIngress, "SourceSecurityGroupId");
        String cluster = d.add(
                "application-cluster-ecr-ecs",
                "AWS::ECS::Cluster",
                "Down Frame",
                vpcFrame,
                "{'ClusterName':'application-cluster-ecr-ecs'}");
        String strategy = d.add(
                "ecs-capacity-strategy",
                "ECS CapacityProviderStrategy",
                "component",
                cluster,
                "{'Base':0,'CapacityProvider':'FARGATE','Weight':1}");
        String associations = d.add(
                "ecs-capacity-associations",
                "AWS::ECS::ClusterCapacityProviderAssociations",
                "component",
                cluster,
                "{'CapacityProviders':['FARGATE','FARGATE_SPOT']}");
        d.connect(strategy, "Default Capacity Provider Strategy", associations, "Default Capacity Provider Strategy");
        String service = d.add(
                "demo-ecs-service",
                "AWS::ECS::Service",
                "Up Frame",
                cluster,
                "{'DesiredCount':1,'LaunchType':'FARGATE','ServiceName':'demo-ecs-service'}");
        // The guide says "Network Awsvpc Security Groups" for the subnets; their input is Network Awsvpc Subnets.
        for (int i = 1; i <= 3; i++) {
            d.connect(d.id("Private " + i), "Subnet ID", service, "Network Awsvpc Subnets");
        }
        d.connect(containerSg, "Id", service, "Network Awsvpc Security Groups");
        // "Frame Up" is the guide's spelling of an up frame.
        String taskdef = d.add(
                "demo-app-taskdef",
                "AWS::ECS::TaskDefinition",
                "Frame Up",
                service,
                "{'Cpu':'256','Family':'demo-app-taskdef','Memory':'512','NetworkMode':'awsvpc',"
                        + "'RequiresCompatibilities':['FARGATE'],"
                        + "'RuntimePlatform':{'CpuArchitecture':'ARM64','OperatingSystemFamily':'LINUX'}}");
        // "Task Defition" is the guide's typo for the service's Task Definition input; it is found anyway.
        d.connect(taskdef, "Task Definition Arn", service, "Task Defition");
        d.connect(role, "ARN", taskdef, "Task Role Arn");
        d.connect(role, "ARN", taskdef, "Execution Role Arn");
        String container = d.add(
                "hello-world-demo",
                "TaskDefinition ContainerDefinitions",
                "component",
                taskdef,
                "{'Name':'hello-world-demo','Essential':true}");
        d.connect(d.id("demo-app-ecr-repo"), "Repository Uri", container, "Image");
        String http = d.add(
                "http",
                "ContainerDefinitions PortMappings",
                "component",
                taskdef,
                "{'ContainerPort':8080,'HostPort':8080,'Name':'http','Protocol':'tcp'}");
        d.connect(http, "Port Mappings", container, "Port Mappings");
        String lbConfig = d.add(
                "lb-config",
                "Service LoadBalancers",
                "component",
                service,
                "{'ContainerName':'hello-world-demo','ContainerPort':8080}");
        d.connect(tg, "Target Group Arn", lbConfig, "Target Group Arn");
        String policy = d.add(
                "ecs-tasks-service-additional-policy",
                "AWS::IAM::RolePolicy",
                "component",
                vpcFrame,
                "{'PolicyArn':'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'}");
        d.connect(role, "RoleName", policy, "RoleName");
    }

    /** Requests approval and approves, as a single-user workspace may; apply is the caller's next step. */
    public static void approve(ApiClient api, ChangeSetId changeSet) {
        api.ok("POST", "/api/change-sets/" + changeSet + "/request-approval", null);
        api.ok("POST", "/api/change-sets/" + changeSet + "/approve", null);
    }

    private String add(String name, String asset, String type, String parent, String properties) {
        ObjectNode body = ApiClient.JSON
                .createObjectNode()
                .put("name", name)
                .put("asset", asset)
                .put("type", type)
                .put("parent", parent);
        body.set("properties", ApiClient.JSON.readTree(properties.replace('\'', '"')));
        String id = api.ok("POST", "/api/change-sets/" + changeSet + "/components", body.toString())
                .get("id")
                .asString();
        made.put(name, ComponentId.parse(id));
        return id;
    }

    private void connect(String from, String output, String to, String input) {
        ObjectNode body = ApiClient.JSON
                .createObjectNode()
                .put("from", from)
                .put("output", output)
                .put("to", to)
                .put("input", input);
        api.ok("POST", "/api/change-sets/" + changeSet + "/connections", body.toString());
    }

    private String id(String name) {
        ComponentId id = made.containsKey(name) ? made.get(name) : upstream.get(name);
        if (id == null) {
            throw new IllegalArgumentException("No component `" + name + "` built yet");
        }
        return id.toString();
    }

    private Built built() {
        return new Built(changeSet, made);
    }
}
