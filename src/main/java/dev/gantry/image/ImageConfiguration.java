package dev.gantry.image;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code gantry.docker.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DockerProperties.class)
class ImageConfiguration {
}
