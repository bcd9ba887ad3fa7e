package dev.gantry.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Templates imported through the API: Gantry's own export of the reference workflow comes back as the same diagram;
 * a hand-written template with short-form intrinsics becomes components in inferred frames with its parameters'
 * defaults; what a diagram cannot hold is reported per resource; a malformed template is refused with its line and
 * changes nothing.
 */
@GantryIntegrationTest
class TemplateImportIT {

    @LocalServerPort
    int port;

    @Test
    void anExportedReferenceWorkflowImportsAsTheSameComponentsValuesAndConnections() {
        ApiClient api = new ApiClient(port);
        ReferenceDiagram.Built built = ReferenceDiagram.buildWhole(api);
        String yaml = api.call(
                        "GET",
                        "/api/change-sets/" + built.changeSetId() + "/template?frame="
                                + built.components().get("AWS Credential"),
                        null)
                .body()
                .asString();
        Set<String> head = ids(api.ok("GET", "/api/change-sets/head/components", null));

        String target = api.newChangeSet("Imported reference workflow");
        JsonNode imported = importTemplate(api, target, yaml);

        assertThat(imported.get("changeSetId").asString()).isEqualTo(target);
        assertThat(findings(imported))
                .as("only the DependsOn that Gantry's own ordering rules stand for")
                .allMatch(f -> f.contains("DependsOn"));
        // both change sets fork from HEAD, which other tests sharing this database fill: compare what each made
        Diagram before = Diagram.of(api, built.changeSetId().toString(), head);
        Diagram after = Diagram.of(api, target, head);
        assertThat(after.components).isEqualTo(before.components);
        assertThat(after.values).isEqualTo(before.values);
        assertThat(after.connections).isEqualTo(before.connections);
        assertThat(before.components)
                .as("41 resources, 9 folded parts, the Region")
                .hasSizeGreaterThanOrEqualTo(51);
    }

    @Test
    void aHandWrittenTemplateBecomesComponentsInInferredFramesWithParameterDefaults() {
        ApiClient api = new ApiClient(port);
        String template = """
                AWSTemplateFormatVersion: "2010-09-09"
                Parameters:
                  VpcCidr:
                    Type: String
                    Default: 10.1.0.0/16
                  Zone:
                    Type: AWS::EC2::AvailabilityZone::Name
                    Default: us-east-1a
                Resources:
                  Network:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: !Ref VpcCidr
                      EnableDnsSupport: true
                  AppSubnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Network
                      CidrBlock: 10.1.1.0/24
                      AvailabilityZone: !Ref Zone
                  WebGroup:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: web
                      VpcId: !GetAtt Network.VpcId
                  WebIngress:
                    Type: AWS::EC2::SecurityGroupIngress
                    Properties:
                      GroupId: !GetAtt WebGroup.GroupId
                      IpProtocol: tcp
                      FromPort: 443
                      ToPort: 443
                      CidrIp: 0.0.0.0/0
                """;
        String cs = api.newChangeSet("Hand-written");
        JsonNode imported = importTemplate(api, cs, template);

        assertThat(findings(imported)).isEmpty();
        Map<String, JsonNode> byName = byName(api.ok("GET", "/api/change-sets/" + cs + "/components", null));
        JsonNode vpc = byName.get("Network");
        JsonNode subnet = byName.get("AppSubnet");
        assertThat(vpc.get("type").asString()).isEqualTo("down frame");
        assertThat(vpc.get("manual").get("CidrBlock").asString()).isEqualTo("10.1.0.0/16");
        assertThat(subnet.get("parent").asString()).isEqualTo(vpc.get("id").asString());
        assertThat(subnet.get("manual").get("AvailabilityZone").asString()).isEqualTo("us-east-1a");
        assertThat(subnet.get("manual").has("VpcId"))
                .as("VpcId flows from the frame")
                .isFalse();
        JsonNode vpcId = subnet.get("sources").get("VpcId");
        assertThat(vpcId.get("kind").asString()).as("until the VPC exists").isEqualTo("PENDING");
        assertThat(vpcId.get("connections").get(0).get("kind").asString()).isEqualTo("IMPLICIT");
        assertThat(byName.get("WebGroup").get("parent").asString())
                .isEqualTo(vpc.get("id").asString());
        Set<String> connections = Diagram.of(api, cs, Set.of()).connections;
        assertThat(connections)
                .contains(
                        "Network.Vpc Id -> AppSubnet.Vpc Id (IMPLICIT)",
                        "Network.Vpc Id -> WebGroup.Vpc Id (IMPLICIT)",
                        "WebGroup.Group Id -> WebIngress.Group Id (EXPLICIT)");
        // As discovery draws it: inside its group the rule would have its source group fed by the group itself,
        // so it sits one frame out, in the VPC, and the reference to its group is drawn explicitly.
        assertThat(byName.get("WebIngress").get("parent").asString())
                .isEqualTo(vpc.get("id").asString());
        assertThat(byName.get("WebGroup").get("type").asString()).isEqualTo("component");
    }

    @Test
    void conditionsFnIfCustomResourcesAndMacrosAreReportedPerResourceNeverDropped() {
        ApiClient api = new ApiClient(port);
        String template = """
                Transform: AWS::Serverless-2016-10-31
                Conditions:
                  IsProd: !Equals [!Ref Stage, prod]
                Parameters:
                  Stage:
                    Type: String
                Resources:
                  Repo:
                    Type: AWS::ECR::Repository
                    Condition: IsProd
                    Properties:
                      RepositoryName: !If [IsProd, prod-repo, dev-repo]
                      EmptyOnDelete: true
                  Seeder:
                    Type: Custom::DatabaseSeeder
                    Properties:
                      ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:seed
                      Repository: !Ref Repo
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketName: !Sub "${AWS::StackName}-assets"
                """;
        String cs = api.newChangeSet("Conditional");
        JsonNode imported = importTemplate(api, cs, template);

        List<String> findings = findings(imported);
        assertThat(findings).anyMatch(f -> f.startsWith("Repo ") && f.contains("Fn::If"));
        assertThat(findings).anyMatch(f -> f.startsWith("Repo ") && f.contains("Condition"));
        assertThat(findings).anyMatch(f -> f.startsWith("Seeder ") && f.contains("Custom resource"));
        assertThat(findings).anyMatch(f -> f.startsWith("Bucket ") && f.contains("Fn::Sub"));
        assertThat(findings).anyMatch(f -> f.contains("Transform"));
        assertThat(findings).anyMatch(f -> f.contains("Conditions are not represented"));
        assertThat(imported.get("findings").get(0).has("line")).isTrue();
        Map<String, JsonNode> byName = byName(api.ok("GET", "/api/change-sets/" + cs + "/components", null));
        assertThat(byName).containsKeys("Repo", "Bucket").doesNotContainKey("Seeder");
        assertThat(byName.get("Repo").get("manual").has("RepositoryName")).isFalse();
        assertThat(byName.get("Repo").get("manual").get("EmptyOnDelete").asBoolean())
                .isTrue();
    }

    @Test
    void aMalformedTemplateIsRefusedWithItsLineAndNothingIsStored() {
        ApiClient api = new ApiClient(port);
        String cs = api.newChangeSet("Malformed");
        String broken = "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: [10.0.0.0/16\n";
        ApiClient.Response refused = api.call("POST", "/api/change-sets/" + cs + "/template", body(broken));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).endsWith("/malformed-template");
        assertThat(refused.body().get("line").asInt()).isGreaterThan(4);
        assertThat(refused.body().get("detail").asString()).startsWith("Line ");

        ApiClient.Response unknownTag =
                api.call("POST", "/api/change-sets/" + cs + "/template", body("Resources:\n  A: !Bogus x\n"));
        assertThat(unknownTag.status()).isEqualTo(400);
        assertThat(unknownTag.body().get("detail").asString()).contains("Line 2", "!Bogus");

        ApiClient.Response noResources =
                api.call("POST", "/api/change-sets/" + cs + "/template", body("Description: nothing\n"));
        assertThat(noResources.status()).isEqualTo(400);

        assertThat(api.ok("GET", "/api/change-sets/" + cs + "/diff", null).get("components"))
                .isEmpty();
    }

    // ---- helpers

    /** A change set's diagram by names: components with their frame, manual values, and connections. */
    record Diagram(Set<String> components, Map<String, JsonNode> values, Set<String> connections) {

        static Diagram of(ApiClient api, String cs, Set<String> leaveOut) {
            JsonNode list = api.ok("GET", "/api/change-sets/" + cs + "/components", null);
            Map<String, String> names = new HashMap<>();
            Map<String, String> assets = new HashMap<>();
            for (JsonNode c : list) {
                names.put(c.get("id").asString(), c.get("name").asString());
                assets.put(c.get("id").asString(), c.get("assetName").asString());
            }
            Set<String> components = new TreeSet<>();
            Map<String, JsonNode> values = new HashMap<>();
            for (JsonNode c : list) {
                String id = c.get("id").asString();
                if (leaveOut.contains(id) || assets.get(id).equals("AWS Credential")) {
                    continue;
                }
                String parent =
                        c.get("parent").isNull() ? null : c.get("parent").asString();
                String parentName =
                        parent == null || assets.get(parent).equals("AWS Credential") ? "-" : names.get(parent);
                components.add(c.get("name").asString() + " ["
                        + c.get("assetName").asString() + ", " + c.get("type").asString() + "] in " + parentName);
                values.put(c.get("name").asString(), c.get("manual"));
            }
            Set<String> connections = new TreeSet<>();
            for (JsonNode k : api.ok("GET", "/api/change-sets/" + cs + "/connections", null)
                    .get("connections")) {
                String from = k.get("from").asString();
                if (leaveOut.contains(from) || assets.get(from).equals("AWS Credential")) {
                    continue;
                }
                connections.add(names.get(from) + "." + k.get("output").asString() + " -> "
                        + names.get(k.get("to").asString()) + "."
                        + k.get("input").asString() + " ("
                        + k.get("kind").asString() + ")");
            }
            return new Diagram(components, values, connections);
        }
    }

    private static Set<String> ids(JsonNode components) {
        Set<String> ids = new HashSet<>();
        components.forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static Map<String, JsonNode> byName(JsonNode components) {
        Map<String, JsonNode> byName = new HashMap<>();
        components.forEach(c -> byName.put(c.get("name").asString(), c));
        return byName;
    }

    private static List<String> findings(JsonNode imported) {
        return imported.get("findings")
                .valueStream()
                .map(f -> (f.get("resource").isNull() ? "" : f.get("resource").asString() + " ")
                        + f.get("message").asString())
                .toList();
    }

    private static JsonNode importTemplate(ApiClient api, String cs, String template) {
        return api.ok("POST", "/api/change-sets/" + cs + "/template", body(template));
    }

    private static String body(String template) {
        ObjectNode body = ApiClient.JSON.createObjectNode().put("template", template);
        return body.toString();
    }
}
