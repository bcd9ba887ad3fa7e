package dev.gantry.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AwsPropertiesTest {

    @Test
    void settingsBindFromGantryAwsProperties() {
        AwsProperties properties = bind(Map.of(
                "gantry.aws.endpoint", "http://127.0.0.1:5000",
                "gantry.aws.default-region", "eu-west-1",
                "gantry.aws.poll-interval", "50ms",
                "gantry.aws.injected-latency", "200ms"));

        assertThat(properties.endpointOverride()).contains(URI.create("http://127.0.0.1:5000"));
        assertThat(properties.defaultRegion()).isEqualTo("eu-west-1");
        assertThat(properties.pollInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(properties.injectedLatency()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void withoutSettingsItTalksToAwsWithoutInjectedLatency() {
        AwsProperties properties = bind(Map.of());

        assertThat(properties.endpointOverride()).isEmpty();
        assertThat(properties.defaultRegion()).isEqualTo("us-east-1");
        assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.injectedLatency()).isZero();
        assertThat(AwsProperties.defaults()).isEqualTo(properties);
    }

    @Test
    void springBuildsTheProviderFromTheProperties() {
        new ApplicationContextRunner()
                .withUserConfiguration(BindsAwsProperties.class, AwsProvider.class)
                .withPropertyValues("gantry.aws.injected-latency=10ms", "gantry.aws.endpoint=http://127.0.0.1:1")
                .run(context -> {
                    assertThat(context).hasSingleBean(AwsProvider.class);
                    assertThat(context.getBean(AwsProperties.class).injectedLatency())
                            .isEqualTo(Duration.ofMillis(10));
                });
    }

    /** What the application's {@code @ConfigurationPropertiesScan} does for {@link AwsProperties}. */
    @EnableConfigurationProperties(AwsProperties.class)
    static class BindsAwsProperties {}

    private static AwsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("gantry.aws", AwsProperties.class);
    }
}
