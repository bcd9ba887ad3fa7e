package dev.gantry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL for the whole test run: a Testcontainers container where a Docker engine answers, the
 * embedded server (real PostgreSQL binaries from Maven jars) otherwise. Both are started once per JVM and
 * stopped when it exits, after the test contexts have closed; the log says which one the tests use.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Connection connection;

    /** The contexts prepared here, held weakly: a context the test framework has let go of can be collected. */
    private static final Set<ConfigurableApplicationContext> CONTEXTS =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** How long the server waits, as the JVM exits, for the test contexts to close before it stops. */
    private static final long CONTEXTS_CLOSE_SECONDS = 20;

    /** How to reach the test database. */
    public record Connection(String url, String username, String password, String kind) {}

    /** The owner account every test context starts with (as {@code gantry.security.bootstrap-*} creates it). */
    public static final String OWNER = "owner";

    public static final String OWNER_PASSWORD = "owner-password-1";

    /** Set with @TestPropertySource for a context that starts without any account, as a first run does. */
    public static final String FIRST_RUN = "gantry.test.first-run";

    /** Set with @TestPropertySource to give a test class a database of its own on the same server. */
    public static final String OWN_DATABASE = "gantry.test.own-database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
        String own = context.getEnvironment().getProperty(OWN_DATABASE);
        Connection db = own == null ? connection() : ownDatabase(own);
        if (context.getEnvironment().getProperty(FIRST_RUN) == null) {
            TestPropertyValues.of(
                            "gantry.security.bootstrap-user=" + OWNER,
                            "gantry.security.bootstrap-password=" + OWNER_PASSWORD)
                    .applyTo(context);
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + db.url(),
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(),
                        "gantry.data-dir=" + dataDirectory(),
                        // The test contexts of this JVM share one database but are not one deployment (each points
                        // apply at its own cloud): they look for each other's orphaned runs only as they start.
                        // Instances that share work are tested as real processes (MultiInstanceIT).
                        "gantry.apply.poll-interval=1h")
                .applyTo(context);
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = dockerAvailable() ? startContainer() : startEmbedded();
            log.info("Integration tests use PostgreSQL from {} at {}", connection.kind(), connection.url());
        }
        return connection;
    }

    /**
     * A fresh database on the shared server, for tests that look at everything HEAD holds (the editor's canvas
     * shows all of it), so that what other test classes applied does not show up there.
     */
    public static synchronized Connection ownDatabase(String name) {
        Connection shared = connection();
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Database names here are lower-case words: " + name);
        }
        try (var jdbc = java.sql.DriverManager.getConnection(shared.url(), shared.username(), shared.password());
                var statement = jdbc.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return new Connection(
                shared.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]+", "$1" + name),
                shared.username(),
                shared.password(),
                shared.kind());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by the JVM shutdown hook below
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(afterTheContexts(container::stop));
        return new Connection(
                container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers (Docker)");
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.parseBoolean(System.getenv("GANTRY_TEST_DURABLE_DATABASE"))) {
                // What Gantry's own embedded server runs with, for benchmarks; tests keep a throw-away server fast.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.setDataDirectory(Files.createTempDirectory("gantry-test-pg"))
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false) // its own hook would stop the server before the contexts close
                    .start();
            Runtime.getRuntime().addShutdownHook(afterTheContexts(() -> closeQuietly(postgres)));
            return new Connection(
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "postgres",
                    "postgres",
                    "the embedded server (no Docker engine found)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shutdown hook that stops the server once the test contexts have closed. They close in shutdown hooks of their
     * own, which the JVM runs at the same time as this one; a context that closes after its database went away waits
     * out the connection pool's 30 s timeout handing back its apply leases, and the test JVM was killed for it.
     */
    private static Thread afterTheContexts(Runnable stop) {
        return new Thread(
                () -> {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CONTEXTS_CLOSE_SECONDS);
                    while (anyContextOpen() && System.nanoTime() < deadline) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            break;
                        }
                    }
                    stop.run();
                },
                "test-database-stop");
    }

    private static boolean anyContextOpen() {
        synchronized (CONTEXTS) {
            return CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive);
        }
    }

    private static Path dataDirectory() {
        try {
            return Files.createTempDirectory("gantry-test-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL", e);
        }
    }
}
