package dev.gantry.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.catalog.CatalogService;
import org.junit.jupiter.api.Test;

/**
 * Inputs that connections should feed from a resource attribute but cannot: nothing may be sent to the cloud for
 * such a component, native type or Cloud Control alike. Over the real CloudFormation catalogue.
 */
class UnresolvedInputsTest {

    private final Model model = new Model(CatalogService.shared(), new CatalogRuleChecker(), SecretSealer.PLAINTEXT);

    @Test
    void aProducerThatDidNotReportTheAttributeIsNamedWithTheInputAndTheAttribute() {
        Component topic = model.add(
                "probe-topic",
                "AWS::SNS::Topic",
                ComponentType.COMPONENT,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"TopicName\":\"probe\"}"));
        Component subscription = model.add(
                "probe-subscription",
                "AWS::SNS::Subscription",
                ComponentType.COMPONENT,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"Protocol\":\"sqs\"}"));
        model.connect(topic.id(), "Topic Arn", subscription.id(), "Topic Arn");
        model.recordResource(
                topic.id(),
                new ResourceData(
                        "arn:topic",
                        ResourceStatus.OK,
                        null,
                        Diagram.obj("{}"),
                        Diagram.obj("{\"TopicName\":\"probe\"}")));

        assertThat(model.unresolvedInputs(subscription.id())).singleElement().satisfies(input -> {
            assertThat(input.message())
                    .isEqualTo(
                            "input `TopicArn` of `probe-subscription` has no value: `probe-topic` did not report `TopicArn`");
            assertThat(input.producerExists()).isTrue();
        });

        model.recordResource(
                topic.id(),
                new ResourceData(
                        "arn:topic",
                        ResourceStatus.OK,
                        null,
                        Diagram.obj("{}"),
                        Diagram.obj("{\"TopicArn\":\"arn:topic\"}")));
        assertThat(model.unresolvedInputs(subscription.id())).isEmpty();
    }

    @Test
    void aFrameInputWaitsForItsProducersResourceAndAManualValueNeedsNone() {
        Component vpc = model.add(
                "How to VPC",
                "AWS::EC2::VPC",
                ComponentType.DOWN_FRAME,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"CidrBlock\":\"10.0.0.0/16\"}"));
        Component subnet = model.add(
                "Public 1",
                "AWS::EC2::Subnet",
                ComponentType.COMPONENT,
                vpc.id(),
                Geometry.DEFAULT,
                Diagram.obj("{\"CidrBlock\":\"10.0.1.0/24\"}"));
        Component manual = model.add(
                "Manual",
                "AWS::EC2::Subnet",
                ComponentType.COMPONENT,
                vpc.id(),
                Geometry.DEFAULT,
                Diagram.obj("{\"CidrBlock\":\"10.0.2.0/24\",\"VpcId\":\"vpc-elsewhere\"}"));

        assertThat(model.unresolvedInputs(subnet.id())).singleElement().satisfies(input -> {
            assertThat(input.message())
                    .startsWith("input `VpcId` of `Public 1` has no value: `How to VPC` has no " + "resource yet");
            assertThat(input.producerExists()).isFalse();
            assertThat(input.producer()).isEqualTo(vpc.id());
        });
        assertThat(model.unresolvedInputs(manual.id())).isEmpty();

        model.recordResource(
                vpc.id(),
                new ResourceData(
                        "vpc-1", ResourceStatus.OK, null, Diagram.obj("{}"), Diagram.obj("{\"VpcId\":\"vpc-1\"}")));
        assertThat(model.unresolvedInputs(subnet.id())).isEmpty();
    }

    @Test
    void aGapInsideASubComponentIsTheGapOfTheResourceThatCarriesIt() {
        Component repository = model.add(
                "demo-app-ecr-repo",
                "AWS::ECR::Repository",
                ComponentType.COMPONENT,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"RepositoryName\":\"demo-app-ecr-repo\"}"));
        Component taskdef = model.add(
                "demo-app-taskdef",
                "AWS::ECS::TaskDefinition",
                ComponentType.UP_FRAME,
                null,
                Geometry.DEFAULT,
                Diagram.obj("{\"Family\":\"demo\"}"));
        Component container = model.add(
                "hello-world-demo",
                "TaskDefinition ContainerDefinitions",
                ComponentType.COMPONENT,
                taskdef.id(),
                Geometry.DEFAULT,
                Diagram.obj("{\"Name\":\"hello\"}"));
        model.connect(repository.id(), "Repository Uri", container.id(), "Image");

        assertThat(model.unresolvedInputs(taskdef.id()))
                .singleElement()
                .satisfies(input -> assertThat(input.message())
                        .startsWith("input `Image` of `hello-world-demo` has no value: "
                                + "`demo-app-ecr-repo` has no resource yet"));
    }
}
