package dev.gantry.aws;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code gantry.aws.*} so that {@link AwsProvider} can be built from it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AwsProperties.class)
class AwsConfiguration {
}
