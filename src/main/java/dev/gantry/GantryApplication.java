package dev.gantry;

import dev.gantry.database.EarlyDatabaseStart;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GantryApplication {

    public static void main(String[] args) {
        SpringApplication gantry = new SpringApplication(GantryApplication.class);
        gantry.addInitializers(new EarlyDatabaseStart());
        gantry.run(args);
    }

    /** The one source of "now" (audit entries, change set and push times), so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
