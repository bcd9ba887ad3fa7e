package dev.gantry.changeset;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names this instance once, at start. */
@Configuration(proxyBeanMethods = false)
class InstanceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InstanceConfiguration.class);

    @Bean
    GantryInstance gantryInstance(InstanceProperties properties, @Value("${server.port:8080}") String port) {
        String id = properties.id() == null || properties.id().isBlank()
                ? hostName() + ":" + port
                : properties.id().strip();
        GantryInstance instance = GantryInstance.started(id);
        log.info("This is Gantry instance {} (boot {})", instance.id(), instance.bootToken());
        return instance;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "gantry";
        }
    }
}
