package dev.gantry;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GantryApplication {

    public static void main(String[] args) {
        SpringApplication.run(GantryApplication.class, args);
    }

    /** The one source of "now" (audit entries, change set and push times), so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
