package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.model.ComponentId;
import dev.gantry.model.InvalidEditException;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What apply reads from HEAD (late-bound desired state, region, credential) and writes back on failure. */
@GantryIntegrationTest
@AsOwner
class ResourceServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ChangeSetService changeSets;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    @Autowired
    ResourceService resources;

    @Autowired
    JdbcClient jdbc;

    private static ObjectNode obj(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    private ComponentId add(
            ChangeSetId cs, String name, String asset, String type, ComponentId parent, String properties) {
        return components
                .create(cs, new NewComponent(name, asset, type, parent, null, obj(properties)))
                .id();
    }

    private void apply(ChangeSetId id) {
        changeSets.requestApproval(id);
        changeSets.approve(id);
        changeSets.applyMerge(id);
    }

    private long headVersion() {
        return jdbc.sql("SELECT head_version FROM workspace").query(Long.class).single();
    }

    @Test
    void aSubnetInsideCredentialRegionAndVpcFramesIsSentWithItsVpcIdRegionAndKeys() {
        ChangeSetId cs = changeSets.create("desired").id();
        ComponentId credential = add(
                cs,
                "creds",
                "AWS Credential",
                "down frame",
                null,
                "{\"AccessKeyId\":\"AKIADESIRED\",\"SecretAccessKey\":\"desired-secret\",\"RoleArn\":"
                        + "\"arn:aws:iam::123456789012:role/deployer\"}");
        ComponentId region = add(cs, "us-east-1", "Region", "down frame", credential, "{\"Region\":\"us-east-1\"}");
        ComponentId vpc =
                add(cs, "How to VPC", "AWS::EC2::VPC", "down frame", region, "{\"CidrBlock\":\"10.0.0.0/16\"}");
        ComponentId subnet = add(
                cs,
                "Public 1",
                "AWS::EC2::Subnet",
                "down frame",
                vpc,
                "{\"CidrBlock\":\"10.0.128.0/20\",\"AvailabilityZone\":\"us-east-1a\"}");
        apply(cs);
        resources.recordResource(
                vpc, new ResourceData("vpc-0abc", ResourceStatus.OK, null, obj("{}"), obj("{\"VpcId\":\"vpc-0abc\"}")));
        long before = headVersion();

        DesiredResource desired = resources.desiredResource(subnet);

        assertThat(headVersion())
                .as("reading desired state leaves HEAD where it was")
                .isEqualTo(before);
        assertThat(desired.resourceType()).isEqualTo("AWS::EC2::Subnet");
        assertThat(desired.name()).isEqualTo("Public 1");
        assertThat(desired.desiredState())
                .isEqualTo(obj("{\"CidrBlock\":\"10.0.128.0/20\","
                        + "\"AvailabilityZone\":\"us-east-1a\",\"VpcId\":\"vpc-0abc\"}"));
        assertThat(desired.region()).contains("us-east-1");
        DesiredResource.CredentialValues keys = desired.credential().orElseThrow();
        assertThat(keys.accessKeyId()).contains("AKIADESIRED");
        assertThat(keys.secretAccessKey()).contains("desired-secret");
        assertThat(keys.sessionToken()).isEmpty();
        assertThat(keys.roleArn()).contains("arn:aws:iam::123456789012:role/deployer");
        assertThat(keys.useDefaultChain()).isFalse();
        assertThat(desired.toString()).doesNotContain("desired-secret").doesNotContain("AKIADESIRED");
        assertThat(desired.resource()).isNull();
    }

    @Test
    void aCredentialConnectedByAnEdgeFeedsTheComponentAndTheDefaultChainCanBeChosen() {
        ChangeSetId cs = changeSets.create("edge credential").id();
        ComponentId credential =
                add(cs, "default chain", "AWS Credential", "component", null, "{\"UseDefaultChain\":true}");
        ComponentId repo =
                add(cs, "repo", "AWS::ECR::Repository", "component", null, "{\"RepositoryName\":\"edge-repo\"}");
        connections.connect(cs, credential, "AWS Credential", repo, "AWS Credential");
        apply(cs);

        DesiredResource desired = resources.desiredResource(repo);

        assertThat(desired.credential()).hasValueSatisfying(c -> {
            assertThat(c.useDefaultChain()).isTrue();
            assertThat(c.accessKeyId()).isEmpty();
        });
        assertThat(desired.region()).isEmpty();
        assertThat(desired.desiredState()).isEqualTo(obj("{\"RepositoryName\":\"edge-repo\"}"));
    }

    @Test
    void aFailureIsShownOnTheComponentAndKeepsTheResourceItAlreadyHad() {
        ChangeSetId cs = changeSets.create("failure").id();
        ComponentId vpc = add(cs, "vpc", "AWS::EC2::VPC", "component", null, "{\"CidrBlock\":\"10.9.0.0/16\"}");
        ComponentId fresh = add(cs, "fresh", "AWS::EC2::VPC", "component", null, "{\"CidrBlock\":\"10.8.0.0/16\"}");
        apply(cs);
        resources.recordResource(
                vpc,
                new ResourceData(
                        "vpc-kept",
                        ResourceStatus.OK,
                        null,
                        obj("{\"CidrBlock\":\"10.9.0.0/16\"}"),
                        obj("{\"VpcId\":\"vpc-kept\"}")));

        resources.recordFailure(vpc, "update of vpc failed: RequestLimitExceeded");
        resources.recordFailure(fresh, "create of fresh failed: VpcLimitExceeded");

        ResourceData kept = components.get(ChangeSetId.HEAD, vpc).resource();
        assertThat(kept.status()).isEqualTo(ResourceStatus.FAILED);
        assertThat(kept.message()).isEqualTo("update of vpc failed: RequestLimitExceeded");
        assertThat(kept.identifier()).isEqualTo("vpc-kept");
        assertThat(kept.attributes().get("VpcId").asString()).isEqualTo("vpc-kept");
        ResourceData none = components.get(ChangeSetId.HEAD, fresh).resource();
        assertThat(none.status()).isEqualTo(ResourceStatus.FAILED);
        assertThat(none.identifier()).isNull();
    }

    @Test
    void aComponentWithoutACloudResourceHasNoDesiredResource() {
        ChangeSetId cs = changeSets.create("no resource").id();
        ComponentId region = add(cs, "region", "Region", "down frame", null, "{\"Region\":\"eu-west-1\"}");
        apply(cs);

        assertThatThrownBy(() -> resources.desiredResource(region))
                .isInstanceOf(InvalidEditException.class)
                .hasMessageContaining("no cloud resource");
    }
}
