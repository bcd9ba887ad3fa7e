package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Types without a native handler go through Cloud Control; here against our wire-level stand-in. */
class CloudControlProviderTest {

    private CloudControlStandIn cloudControl;
    private AwsProvider provider;
    private Moto target;

    @BeforeEach
    void start() throws IOException {
        cloudControl = new CloudControlStandIn();
        target = new Moto(cloudControl.endpoint());
        provider = new AwsProvider(
                new AwsProperties(null, "us-east-1", Duration.ofMillis(10), Duration.ofSeconds(10), null));
    }

    @AfterEach
    void stop() {
        provider.close();
        cloudControl.close();
    }

    @Test
    void aQueueIsCreatedReadUpdatedWithAJsonPatchAndDeleted() {
        ResourceRequest create = target.request("AWS::SQS::Queue", "orders", """
                {"QueueName": "orders", "VisibilityTimeout": 30, "Tags": [{"Key": "team", "Value": "a"}],
                 "RedrivePolicy": {"maxReceiveCount": 3, "deadLetterTargetArn": "arn:dlq"}}""");

        ResourceState created = provider.create(create);

        assertThat(provider.isNative("AWS::SQS::Queue")).isFalse();
        assertThat(created.identifier()).startsWith("queue-");
        assertThat(created.properties().get("Arn").asString()).startsWith("arn:aws:sqs:");
        assertThat(created.properties().has("QueueUrl")).isTrue();
        ObjectNode reported = created.properties().deepCopy();
        reported.remove(List.of("Arn", "QueueUrl"));
        assertThat(reported).isEqualTo(create.desiredState());
        assertThat(operations()).containsExactly("CreateResource", "GetResourceRequestStatus", "GetResource");
        assertThat(cloudControl.calls().getFirst().body().get("ClientToken").asString())
                .isEqualTo(create.idempotencyToken());

        ResourceRequest update =
                new ResourceRequest("AWS::SQS::Queue", "orders", "update-1", Moto.json("""
                {"QueueName": "orders", "VisibilityTimeout": 60, "DelaySeconds": 5,
                 "RedrivePolicy": {"maxReceiveCount": 5, "deadLetterTargetArn": "arn:dlq"}}"""), target.context());
        ResourceState updated = provider.update(update, created.identifier(), create.desiredState());

        ObjectNode afterUpdate = updated.properties().deepCopy();
        afterUpdate.remove(List.of("Arn", "QueueUrl"));
        assertThat(afterUpdate).isEqualTo(update.desiredState());
        var patch = Moto.json("{\"p\": "
                        + cloudControl.calls().stream()
                                .filter(c -> c.operation().equals("UpdateResource"))
                                .findFirst()
                                .orElseThrow()
                                .body()
                                .get("PatchDocument")
                                .asString()
                        + "}")
                .get("p");
        assertThat(patch.toString())
                .contains("{\"op\":\"remove\",\"path\":\"/Tags\"}")
                .contains("{\"op\":\"replace\",\"path\":\"/VisibilityTimeout\",\"value\":60}")
                .contains("{\"op\":\"add\",\"path\":\"/DelaySeconds\",\"value\":5}")
                .contains("{\"op\":\"replace\",\"path\":\"/RedrivePolicy/maxReceiveCount\",\"value\":5}")
                .doesNotContain("QueueName");

        ResourceRequest delete =
                new ResourceRequest("AWS::SQS::Queue", "orders", "delete-1", update.desiredState(), target.context());
        provider.delete(delete, created.identifier());
        assertThat(provider.read(delete, created.identifier()).exists()).isFalse();
        assertThat(cloudControl.resourceCount()).isZero();
        provider.delete(
                new ResourceRequest("AWS::SQS::Queue", "orders", "delete-2", update.desiredState(), target.context()),
                created.identifier()); // already gone: succeeds
    }

    @Test
    void aRepeatedCreateWithTheSameTokenIsTheSameRequest() {
        ResourceRequest create = target.request("AWS::SNS::Topic", "alerts", """
                {"TopicName": "alerts"}""");

        String first = provider.create(create).identifier();
        String again = provider.create(create).identifier();

        assertThat(again).isEqualTo(first);
        assertThat(cloudControl.resourceCount()).isEqualTo(1);
    }

    @Test
    void anUnchangedStateSendsNoPatch() {
        ResourceRequest create = target.request("AWS::Logs::LogGroup", "logs", """
                {"LogGroupName": "app", "RetentionInDays": 7}""");
        String id = provider.create(create).identifier();

        provider.update(create, id, create.desiredState());

        assertThat(operations()).doesNotContain("UpdateResource");
    }

    @Test
    void cloudControlRefusalsBecomeProviderExceptionsInItsOwnWords() {
        ResourceRequest unknown = target.request("AWS::Nope::Thing", "x", "{}");

        assertThatThrownBy(() -> provider.create(unknown))
                .isInstanceOf(ProviderException.class)
                .hasMessage("TypeNotFoundException: The type 'AWS::Nope::Thing' cannot be found.");
    }

    @Test
    void aFailedRequestWithoutAnErrorCodeKeepsTheProvidersMessage() {
        cloudControl.failNextWithoutErrorCode("Invalid request provided: TopicName is too long");

        assertThatThrownBy(() -> provider.create(target.request("AWS::SNS::Topic", "long", "{\"TopicName\": \"x\"}")))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Invalid request provided: TopicName is too long")
                .satisfies(e -> assertThat(((ProviderException) e).retryable()).isFalse());
    }

    @Test
    void aReadThatLeavesAnAttributeOutReportsTheResourceWithoutIt() {
        cloudControl.omitOnRead("TopicArn");

        ResourceState topic = provider.create(target.request("AWS::SNS::Topic", "quiet", "{\"TopicName\": \"quiet\"}"));

        assertThat(topic.exists()).isTrue();
        assertThat(topic.properties().has("TopicArn")).isFalse();
        assertThat(topic.properties().get("TopicName").asString()).isEqualTo("quiet");
    }

    @Test
    void onlyCloudFormationTypesAndGantrysOwnResourceAssetsAreSupported() {
        assertThat(provider.supports("AWS::SQS::Queue")).isTrue();
        assertThat(provider.supports("AWS::EC2::NATGateway")).isTrue();
        assertThat(provider.isNative("AWS::EC2::NATGateway")).isTrue();
        assertThat(provider.supports(AwsProvider.ECR_REPOSITORY_POLICY)).isTrue();
        assertThat(provider.supports("AWS Credential")).isFalse();
        assertThat(provider.supports("TaskDefinition ContainerDefinitions")).isFalse();
    }

    private java.util.List<String> operations() {
        return cloudControl.calls().stream()
                .map(CloudControlStandIn.Call::operation)
                .toList();
    }
}
