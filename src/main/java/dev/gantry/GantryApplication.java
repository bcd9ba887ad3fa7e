package dev.gantry;

import dev.gantry.database.EarlyDatabaseStart;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GantryApplication {

    public static void main(String[] args) throws InterruptedException {
        SpringApplication gantry = new SpringApplication(GantryApplication.class);
        gantry.addInitializers(new AheadOfTimeGuard(), new EarlyDatabaseStart());
        CountDownLatch settled = new CountDownLatch(1);
        gantry.addListeners(ApplicationListener.forPayload((StartUpSettled event) -> settled.countDown()));
        ConfigurableApplicationContext context = gantry.run(args);
        if (context.getEnvironment().getProperty("gantry.exit-after-start", Boolean.class, false)) {
            // A training run for the AOT cache (README, "Start-up and memory"): started and settled (the catalogue
            // loaded, so that the cache has its classes too), it closes as on a shutdown, so the embedded
            // PostgreSQL stops too. Spring's spring.context.exit=onRefresh halts the JVM instead, which runs no
            // shutdown at all and left a PostgreSQL running on the scratch directory.
            settled.await(2, TimeUnit.MINUTES);
            System.exit(SpringApplication.exit(context));
        }
    }

    @Bean
    HeapCompactionAtStart heapCompactionAtStart() {
        return new HeapCompactionAtStart();
    }

    /** The one source of "now" (audit entries, change set and push times), so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
