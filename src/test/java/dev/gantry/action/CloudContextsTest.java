package dev.gantry.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.changeset.DesiredResource;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceChange;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import dev.gantry.secret.SecretBox;
import dev.gantry.secret.TestSecrets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One mapping from a component's Region and AWS Credential to where and as whom the cloud is called, for creates
 * and for deletes alike. Deletes used to map the credential again, ignoring UseDefaultChain: a credential that
 * says "use the SDK's default chain" was honoured when the resource was created and ignored when it was deleted.
 */
class CloudContextsTest {

    private static final SecretBox SECRETS = TestSecrets.box();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aCredentialWithKeysIsUsedForCreatesAndDeletes() {
        DesiredResource vpc = vpc(credential(false));

        assertThat(CloudContexts.of(vpc).credentials()).hasValueSatisfying(keys -> {
            assertThat(keys.accessKeyId()).isEqualTo("AKIAEXAMPLE");
            assertThat(keys.secretAccessKey()).isEqualTo("secret-example");
        });
        assertThat(contextOfDelete(vpc)).isEqualTo(CloudContexts.of(vpc));
    }

    @Test
    void useDefaultChainIgnoresTheKeysForCreatesAndForDeletes() {
        DesiredResource vpc = vpc(credential(true));

        CloudContext create = CloudContexts.of(vpc);
        assertThat(create.credentials()).as("create: the SDK's default chain").isEmpty();
        assertThat(create.assumeRoleArn()).contains("arn:aws:iam::123456789012:role/deployer");
        assertThat(create.region()).isEqualTo("eu-west-1");

        assertThat(contextOfDelete(vpc))
                .as("delete: the same identity as the create")
                .isEqualTo(create);
    }

    @Test
    void theCapturedDeleteKeepsSecretsSealed() {
        DesiredResource vpc = vpc(credential(false));

        String stored = JSON.writeValueAsString(DeletedResources.describe(delete(vpc), vpc, SECRETS));

        assertThat(stored).doesNotContain("secret-example").contains("AKIAEXAMPLE");
    }

    @Test
    void withoutACredentialTheDefaultChainAndTheComponentsRegionAreUsed() {
        DesiredResource vpc = vpc(Optional.empty());

        assertThat(CloudContexts.of(vpc))
                .isEqualTo(new CloudContext("eu-west-1", Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(contextOfDelete(vpc)).isEqualTo(CloudContexts.of(vpc));
    }

    private static CloudContext contextOfDelete(DesiredResource desired) {
        String stored = JSON.writeValueAsString(DeletedResources.describe(delete(desired), desired, SECRETS));
        return DeletedResources.context(JSON.readValue(stored, DeletedResource.class), SECRETS);
    }

    private static ResourceChange delete(DesiredResource desired) {
        return new ResourceChange(
                ResourceChange.Kind.DELETE,
                desired.id(),
                desired.name(),
                desired.resourceType(),
                "vpc-0abc",
                List.of());
    }

    private static Optional<DesiredResource.CredentialValues> credential(boolean useDefaultChain) {
        return Optional.of(new DesiredResource.CredentialValues(
                Optional.of("AKIAEXAMPLE"),
                Optional.of("secret-example"),
                Optional.empty(),
                Optional.of("arn:aws:iam::123456789012:role/deployer"),
                useDefaultChain));
    }

    private static DesiredResource vpc(Optional<DesiredResource.CredentialValues> credential) {
        return new DesiredResource(
                ComponentId.random(),
                "vpc",
                "AWS::EC2::VPC",
                JsonNodeFactory.instance.objectNode().put("CidrBlock", "10.0.0.0/16"),
                Optional.of("eu-west-1"),
                credential,
                new ResourceData("vpc-0abc", ResourceStatus.OK, null, null, null),
                java.util.List.of());
    }
}
