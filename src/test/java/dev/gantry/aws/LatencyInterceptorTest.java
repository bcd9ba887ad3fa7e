package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmark aid: with gantry.aws.injected-latency set, every AWS call takes at least that long. */
class LatencyInterceptorTest {

    @Test
    void everyCallIsDelayedByTheInjectedLatency() throws IOException {
        Duration latency = Duration.ofMillis(150);
        try (CloudControlStandIn cloudControl = new CloudControlStandIn();
                AwsProvider provider = new AwsProvider(
                        new AwsProperties(null, "us-east-1", Duration.ofMillis(1), Duration.ofSeconds(10), latency))) {
            Moto target = new Moto(cloudControl.endpoint());
            var request = target.request("AWS::SNS::Topic", "t", "{\"TopicName\": \"t\"}");
            provider.create(request); // warm up the client, so the measurement is of calls alone

            long started = System.nanoTime();
            provider.read(
                    request,
                    provider.create(target.request("AWS::SNS::Topic", "u", "{}"))
                            .identifier());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

            int calls = 4; // CreateResource, GetResourceRequestStatus, GetResource, GetResource
            assertThat(cloudControl.calls()).hasSize(3 + calls);
            assertThat(elapsed).isGreaterThanOrEqualTo(latency.multipliedBy(calls));
        }
    }
}
