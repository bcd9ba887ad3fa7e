package dev.gantry.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.action.RestApply;
import dev.gantry.api.ApiClient;
import dev.gantry.aws.MotoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecr.EcrClient;
import tools.jackson.databind.JsonNode;

/**
 * Bringing existing infrastructure in, through the REST API against moto: resources made behind Gantry's back
 * with the AWS SDK are imported by id; the plan imports, apply records them and creates nothing; afterwards they
 * are managed like anything Gantry made.
 */
@GantryIntegrationTest
@AsOwner
@ExtendWith(MotoServer.class)
class BringInAgainstMotoIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void anEcrRepositoryAndASecurityGroupImportedByIdArePlannedAsImportsAndApplyingCreatesNothing() {
        ecr().createRepository(r -> r.repositoryName("made-outside"));
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.61.0.0/16")).vpc().vpcId();
        String groupId = ec2().createSecurityGroup(r ->
                        r.groupName("outside-sg").description("made by hand").vpcId(vpcId))
                .groupId();
        int repositories = ecr().describeRepositories().repositories().size();
        int groups = ec2().describeSecurityGroups().securityGroups().size();
        String cs = api.newChangeSet("import by id");
        String region = RestApply.regionFrame(api, cs);

        JsonNode repository = importResource(cs, "AWS::ECR::Repository", "made-outside", region);
        JsonNode group = importResource(cs, "AWS::EC2::SecurityGroup", groupId, region);

        assertThat(repository.get("component").get("name").asString()).isEqualTo("made-outside");
        assertThat(repository
                        .get("component")
                        .get("values")
                        .get("RepositoryName")
                        .asString())
                .isEqualTo("made-outside");
        assertThat(group.get("component").get("name").asString()).isEqualTo("outside-sg");
        assertThat(group.get("component").get("values").get("GroupDescription").asString())
                .isEqualTo("made by hand");
        assertThat(group.get("component").get("values").get("VpcId").asString()).isEqualTo(vpcId);
        JsonNode plan = api.ok("GET", "/api/change-sets/" + cs + "/plan", null);
        assertThat(kinds(plan.get("actions"))).containsExactlyInAnyOrder("IMPORT made-outside", "IMPORT outside-sg");

        JsonNode run = RestApply.approveAndApply(api, cs);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(ecr().describeRepositories().repositories()).hasSize(repositories);
        assertThat(ec2().describeSecurityGroups().securityGroups()).hasSize(groups);
        String repositoryId = repository.get("component").get("id").asString();
        JsonNode managed = RestApply.head(api, repositoryId);
        assertThat(managed.get("resource").get("identifier").asString()).isEqualTo("made-outside");
        assertThat(managed.get("resource").get("status").asString()).isEqualTo("ok");
        assertThat(managed.get("values").get("RepositoryName").asString()).isEqualTo("made-outside");
        JsonNode after = api.ok(
                "GET",
                "/api/change-sets/head/components/"
                        + group.get("component").get("id").asString(),
                null);
        assertThat(after.get("resource").get("identifier").asString()).isEqualTo(groupId);

        String cleanup = api.newChangeSet("delete the imported group");
        api.ok(
                "DELETE",
                "/api/change-sets/" + cleanup + "/components/" + after.get("id").asString(),
                null);
        JsonNode deleted = RestApply.approveAndApply(api, cleanup);
        assertThat(deleted.get("status").asString()).as(deleted.toString()).isEqualTo("succeeded");
        assertThat(ec2().describeSecurityGroups().securityGroups())
                .noneMatch(g -> g.groupId().equals(groupId));
    }

    @Test
    void anImportOfWhatDoesNotExistOrIsAlreadyManagedIsRefusedAndStoresNothing() {
        ecr().createRepository(r -> r.repositoryName("managed-once"));
        String cs = api.newChangeSet("bad imports");
        String region = RestApply.regionFrame(api, cs);
        int before = components(cs);

        ApiClient.Response missing = api.call(
                "POST",
                "/api/change-sets/" + cs + "/imports",
                "{\"asset\":\"AWS::ECR::Repository\",\"identifier\":\"no-such-repository\",\"parent\":\"" + region
                        + "\"}");
        ApiClient.Response unknownAsset = api.call(
                "POST",
                "/api/change-sets/" + cs + "/imports",
                "{\"asset\":\"AWS::Nothing::Here\",\"identifier\":\"x\",\"parent\":\"" + region + "\"}");
        ApiClient.Response noIdentifier =
                api.call("POST", "/api/change-sets/" + cs + "/imports", "{\"asset\":\"AWS::ECR::Repository\"}");
        ApiClient.Response noResource = api.call(
                "POST", "/api/change-sets/" + cs + "/imports", "{\"asset\":\"Region\",\"identifier\":\"us-east-1\"}");
        importResource(cs, "AWS::ECR::Repository", "managed-once", region);
        ApiClient.Response twice = api.call(
                "POST",
                "/api/change-sets/" + cs + "/imports",
                "{\"asset\":\"AWS::ECR::Repository\",\"identifier\":\"managed-once\",\"parent\":\"" + region + "\"}");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(missing.body().get("detail").asString())
                .contains("no-such-repository")
                .contains("nothing was imported");
        assertThat(unknownAsset.status()).isEqualTo(400);
        assertThat(unknownAsset.body().get("detail").asString()).contains("AWS::Nothing::Here");
        assertThat(noIdentifier.status()).isEqualTo(400);
        assertThat(noIdentifier.body().toString()).contains("identifier");
        assertThat(noResource.status()).isEqualTo(422);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("detail").asString()).contains("already managed");
        assertThat(components(cs)).as("only the one good import was stored").isEqualTo(before + 1);
    }

    @Test
    void aVpcMadeWithTheSdkIsDiscoveredIntoFramesWithItsConnectionsAndApplyingCreatesNothing() {
        String vpcId = ec2().createVpc(r -> r.cidrBlock("10.70.0.0/16")).vpc().vpcId();
        String subnetA = ec2().createSubnet(
                        r -> r.vpcId(vpcId).cidrBlock("10.70.1.0/24").availabilityZone("us-east-1a"))
                .subnet()
                .subnetId();
        String subnetB = ec2().createSubnet(
                        r -> r.vpcId(vpcId).cidrBlock("10.70.2.0/24").availabilityZone("us-east-1b"))
                .subnet()
                .subnetId();
        String igw = ec2().createInternetGateway(r -> {}).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.vpcId(vpcId).internetGatewayId(igw));
        String table = ec2().createRouteTable(r -> r.vpcId(vpcId)).routeTable().routeTableId();
        ec2().createRoute(r ->
                r.routeTableId(table).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2().associateRouteTable(r -> r.routeTableId(table).subnetId(subnetA));
        String web = ec2().createSecurityGroup(
                        r -> r.groupName("web").description("web").vpcId(vpcId))
                .groupId();
        String app = ec2().createSecurityGroup(
                        r -> r.groupName("app").description("app").vpcId(vpcId))
                .groupId();
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(web)
                .ipPermissions(
                        p -> p.ipProtocol("tcp").fromPort(443).toPort(443).ipRanges(i -> i.cidrIp("0.0.0.0/0"))));
        ec2().authorizeSecurityGroupIngress(r -> r.groupId(app)
                .ipPermissions(
                        p -> p.ipProtocol("tcp").fromPort(8080).toPort(8080).userIdGroupPairs(g -> g.groupId(web))));
        String lb = elb().createLoadBalancer(
                        r -> r.name("found-alb").subnets(subnetA, subnetB).securityGroups(web))
                .loadBalancers()
                .getFirst()
                .loadBalancerArn();
        String tg = elb().createTargetGroup(
                        r -> r.name("found-tg").protocol("HTTP").port(8080).vpcId(vpcId))
                .targetGroups()
                .getFirst()
                .targetGroupArn();
        elb().createListener(r -> r.loadBalancerArn(lb)
                .protocol("HTTP")
                .port(80)
                .defaultActions(a -> a.type("forward").targetGroupArn(tg)));
        int groups = ec2().describeSecurityGroups().securityGroups().size();
        String cs = api.newChangeSet("discovery");
        String region = RestApply.regionFrame(api, cs);
        // the change set forks from HEAD, which other tests sharing this database have filled
        Set<String> before = componentIds(cs);

        JsonNode started = api.ok(
                "POST",
                "/api/change-sets/" + cs + "/discover",
                "{\"parent\":\"" + region + "\",\"vpcId\":\"" + vpcId + "\"}");
        JsonNode done = awaitDiscovery(started.get("id").asString());

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.get("changeSetId").asString()).isEqualTo(cs);
        assertThat(done.get("types").toString()).contains("AWS::EC2::Subnet");
        Map<String, JsonNode> byName = new java.util.HashMap<>();
        api.ok("GET", "/api/change-sets/" + cs + "/components", null)
                .forEach(c -> byName.put(c.get("name").asString(), c));
        String vpc = idOf(byName, "AWS::EC2::VPC", vpcId);
        assertThat(byName.values())
                .filteredOn(c -> c.get("assetName").asString().equals("AWS::EC2::VPC"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.get("parent").asString()).isEqualTo(region);
                    assertThat(c.get("type").asString()).isEqualTo("down frame");
                });
        assertThat(parentOf(byName, "AWS::EC2::Subnet")).containsOnly(vpc).hasSize(2);
        assertThat(parentOf(byName, "AWS::EC2::RouteTable")).containsOnly(vpc);
        assertThat(parentOf(byName, "AWS::EC2::InternetGateway")).containsOnly(vpc);
        assertThat(parentOf(byName, "AWS::EC2::VPCGatewayAttachment")).containsOnly(vpc);
        assertThat(parentOf(byName, "AWS::EC2::SecurityGroup"))
                .containsOnly(vpc)
                .hasSize(2);
        assertThat(parentOf(byName, "AWS::EC2::SecurityGroupIngress"))
                .containsOnly(vpc)
                .hasSize(2);
        assertThat(parentOf(byName, "AWS::ElasticLoadBalancingV2::LoadBalancer"))
                .containsOnly(vpc);
        assertThat(parentOf(byName, "AWS::ElasticLoadBalancingV2::TargetGroup")).containsOnly(vpc);
        String tableId = idOf(byName, "AWS::EC2::RouteTable", table);
        assertThat(parentOf(byName, "AWS::EC2::Route")).containsOnly(tableId);
        assertThat(parentOf(byName, "AWS::EC2::SubnetRouteTableAssociation")).containsOnly(tableId);
        String alb = idOf(byName, "AWS::ElasticLoadBalancingV2::LoadBalancer", lb);
        assertThat(parentOf(byName, "AWS::ElasticLoadBalancingV2::Listener")).containsOnly(alb);
        assertThat(byName.values())
                .noneMatch(c -> c.get("name").asString().equals("default"))
                .as("the default VPC's resources were filtered away")
                .noneMatch(c -> c.get("values").path("CidrBlock").asString("").startsWith("172.31."));

        List<String> explicit = new ArrayList<>();
        List<String> implicit = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        byName.values()
                .forEach(c ->
                        names.put(c.get("id").asString(), c.get("assetName").asString()));
        api.ok("GET", "/api/change-sets/" + cs + "/connections", null)
                .get("connections")
                .forEach(c -> {
                    String line = short_(names.get(c.get("from").asString())) + "."
                            + c.get("output").asString() + "->"
                            + short_(names.get(c.get("to").asString())) + "."
                            + c.get("input").asString();
                    (c.get("kind").asString().equals("EXPLICIT") ? explicit : implicit).add(line);
                });
        assertThat(explicit)
                .contains(
                        "InternetGateway.Internet Gateway Id->Route.Gateway Id",
                        "InternetGateway.Internet Gateway Id->VPCGatewayAttachment.Internet Gateway Id",
                        "Subnet.Subnet Id->SubnetRouteTableAssociation.Subnet Id",
                        "Subnet.Subnet Id->LoadBalancer.Subnets",
                        "SecurityGroup.Group Id->LoadBalancer.Security Groups",
                        "SecurityGroup.Group Id->SecurityGroupIngress.Group Id",
                        "SecurityGroup.Group Id->SecurityGroupIngress.Source Security Group Id");
        assertThat(implicit)
                .contains(
                        "VPC.Vpc Id->Subnet.Vpc Id",
                        "VPC.Vpc Id->SecurityGroup.Vpc Id",
                        "VPC.Vpc Id->TargetGroup.Vpc Id",
                        "RouteTable.Route Table Id->Route.Route Table Id",
                        "LoadBalancer.Load Balancer Arn->Listener.Load Balancer Arn");

        JsonNode plan = api.ok("GET", "/api/change-sets/" + cs + "/plan", null);
        assertThat(plan.get("actions").valueStream().map(a -> a.get("kind").asString()))
                .hasSize((int) componentIds(cs).stream()
                        .filter(id -> !before.contains(id))
                        .count())
                .containsOnly("IMPORT");
        JsonNode run = RestApply.approveAndApply(api, cs);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(ec2().describeSecurityGroups().securityGroups()).hasSize(groups);
        assertThat(ec2().describeVpcs().vpcs()).hasSize(2); // moto's default VPC and ours
        assertThat(elb().describeLoadBalancers().loadBalancers()).hasSize(1);
        JsonNode subnet = RestApply.head(api, idOf(byName, "AWS::EC2::Subnet", subnetA));
        assertThat(subnet.get("resource").get("identifier").asString()).isEqualTo(subnetA);
        assertThat(subnet.get("values").get("VpcId").asString())
                .as("flows from the VPC frame")
                .isEqualTo(vpcId);

        String cleanup = api.newChangeSet("drop the listener");
        api.ok(
                "DELETE",
                "/api/change-sets/" + cleanup + "/components/"
                        + byName.values().stream()
                                .filter(c -> c.get("assetName").asString().endsWith("::Listener"))
                                .findFirst()
                                .orElseThrow()
                                .get("id")
                                .asString(),
                null);
        JsonNode deleted = RestApply.approveAndApply(api, cleanup);
        assertThat(deleted.get("status").asString()).as(deleted.toString()).isEqualTo("succeeded");
        assertThat(elb().describeListeners(r -> r.loadBalancerArn(lb)).listeners())
                .isEmpty();
        assertThat(ec2().describeSubnets(r -> r.subnetIds(subnetA)).subnets()).hasSize(1);
    }

    @Test
    void aTagChangedOutsideGantryIsMarkedAsDriftAndRestoringItPlansAndAppliesAnUpdate() {
        String cs = api.newChangeSet("drifting group");
        String group = RestApply.add(
                api,
                cs,
                "drift-sg",
                "AWS::EC2::SecurityGroup",
                "component",
                RestApply.regionFrame(api, cs),
                "{\"GroupDescription\":\"drift\",\"GroupName\":\"drift-sg\","
                        + "\"Tags\":[{\"Key\":\"team\",\"Value\":\"web\"}]}");
        assertThat(RestApply.approveAndApply(api, cs).get("status").asString()).isEqualTo("succeeded");
        String groupId =
                RestApply.head(api, group).get("resource").get("identifier").asString();
        assertThat(drifted(group)).isEmpty();

        ec2().createTags(r -> r.resources(groupId)
                .tags(software.amazon.awssdk.services.ec2.model.Tag.builder()
                        .key("team")
                        .value("ops")
                        .build()));
        refreshAll(group);

        assertThat(drifted(group)).containsExactly("Tags");
        JsonNode marked = RestApply.head(api, group).get("drift");
        assertThat(marked.get(0).get("name").asString()).isEqualTo("Tags");
        assertThat(marked.get(0).get("actual").toString()).contains("ops");
        assertThat(marked.get(0).get("desired").toString()).contains("web");

        JsonNode accepted = api.ok("POST", "/api/head/components/" + group + "/drift/accept", "{}");
        assertThat(accepted.get("values").get("Tags").toString())
                .as("the cloud's value, in a change set")
                .contains("ops");
        assertThat(accepted.get("changeSetId").asString()).isNotEqualTo("head");
        api.ok("POST", "/api/change-sets/" + accepted.get("changeSetId").asString() + "/abandon", null);

        JsonNode restoring = api.ok("POST", "/api/head/components/" + group + "/drift/restore", null);
        String restore = restoring.get("changeSetId").asString();
        JsonNode plan = api.ok("GET", "/api/change-sets/" + restore + "/plan", null);
        assertThat(plan.get("actions")
                        .valueStream()
                        .map(a -> a.get("kind").asString() + " "
                                + a.get("componentName").asString()))
                .containsExactly("UPDATE drift-sg");
        JsonNode run = RestApply.approveAndApply(api, restore);

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(ec2().describeSecurityGroups(r -> r.groupIds(groupId))
                        .securityGroups()
                        .getFirst()
                        .tags())
                .anySatisfy(t -> {
                    assertThat(t.key()).isEqualTo("team");
                    assertThat(t.value()).isEqualTo("web");
                })
                .noneMatch(t -> t.value().equals("ops"));
        refreshAll(group);
        assertThat(drifted(group)).isEmpty();
    }

    /** Refreshes HEAD and waits for it; other components' refreshes may fail (other tests' leftovers), this one's not. */
    private void refreshAll(String component) {
        JsonNode started = api.ok("POST", "/api/head/refresh", null);
        JsonNode run = RestApply.awaitRun(api, started.get("id").asString());
        assertThat(run.get("actions")
                        .valueStream()
                        .filter(a -> a.get("componentId").asString().equals(component))
                        .map(a -> a.get("state").asString()))
                .as(run.toString())
                .containsExactly("SUCCEEDED");
    }

    private List<String> drifted(String component) {
        List<String> names = new ArrayList<>();
        api.ok("GET", "/api/head/drift", null).forEach(d -> {
            if (d.get("id").asString().equals(component)) {
                d.get("properties").forEach(p -> names.add(p.get("name").asString()));
            }
        });
        return names;
    }

    private JsonNode awaitDiscovery(String id) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        JsonNode view = api.ok("GET", "/api/discoveries/" + id, null);
        while (view.get("status").asString().equals("running") && System.nanoTime() < deadline) {
            RestApply.pause(100);
            view = api.ok("GET", "/api/discoveries/" + id, null);
        }
        return view;
    }

    private static String short_(String type) {
        return type.substring(type.lastIndexOf(':') + 1);
    }

    private static String idOf(Map<String, JsonNode> byName, String asset, String identifier) {
        return byName.values().stream()
                .filter(c -> c.get("assetName").asString().equals(asset))
                .filter(c -> c.toString().contains(identifier))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + asset + " " + identifier + " in " + byName.keySet()))
                .get("id")
                .asString();
    }

    private static List<String> parentOf(Map<String, JsonNode> byName, String asset) {
        return byName.values().stream()
                .filter(c -> c.get("assetName").asString().equals(asset))
                .map(c -> c.get("parent").asString(null))
                .toList();
    }

    private JsonNode importResource(String cs, String asset, String identifier, String parent) {
        return api.ok(
                "POST",
                "/api/change-sets/" + cs + "/imports",
                "{\"asset\":\"" + asset + "\",\"identifier\":\"" + identifier + "\",\"parent\":\"" + parent + "\"}");
    }

    private int components(String cs) {
        return api.ok("GET", "/api/change-sets/" + cs + "/components", null).size();
    }

    private Set<String> componentIds(String cs) {
        Set<String> ids = new java.util.HashSet<>();
        api.ok("GET", "/api/change-sets/" + cs + "/components", null)
                .forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static List<String> kinds(JsonNode actions) {
        List<String> kinds = new ArrayList<>();
        actions.forEach(a -> kinds.add(
                a.get("kind").asString() + " " + a.get("componentName").asString()));
        return kinds;
    }

    static EcrClient ecr() {
        return MotoServer.client(EcrClient.builder());
    }

    static software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client elb() {
        return MotoServer.client(
                software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client.builder());
    }

    static Ec2Client ec2() {
        return MotoServer.client(Ec2Client.builder());
    }
}
