package dev.gantry.aws;

import dev.gantry.action.CloudContext;
import dev.gantry.action.ResourceRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What tests need to talk to moto: the provider's context, requests, and SDK clients to check the result. */
record Moto(URI endpoint) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    CloudContext context() {
        return new CloudContext(
                MotoServer.REGION,
                Optional.of(new CloudContext.StaticCredentials("testing", "testing", Optional.empty())),
                Optional.empty(),
                Optional.of(endpoint));
    }

    /** Polls fast: moto's resources are ready at once, and NAT gateways or ALBs are only a describe away. */
    AwsProperties properties() {
        return new AwsProperties(null, MotoServer.REGION, Duration.ofMillis(20), Duration.ofSeconds(30), null);
    }

    ResourceRequest request(String type, String componentId, String desiredJson) {
        return new ResourceRequest(
                type, componentId, "token-" + componentId + "-" + UUID.randomUUID(), json(desiredJson), context());
    }

    static ObjectNode json(String text) {
        return (ObjectNode) JSON.readTree(text);
    }

    /** Configures an SDK client builder for moto, for assertions made behind the provider's back. */
    <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return builder.region(Region.of(MotoServer.REGION))
                .endpointOverride(endpoint)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
    }
}
