package dev.gantry.database;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Given to Spring by {@code GantryApplication.main}: starts the embedded PostgreSQL before Spring reads the
 * configuration classes, which takes about two seconds of a start on which the server no longer waits. The start is
 * handed to {@link PostgresStart} when the context's bean factory is post-processed; a context made another way
 * (the tests make their own) starts the server there instead, a little later. The build's ahead-of-time processing
 * also runs {@code main}, to learn the beans: it starts no server.
 */
public final class EarlyDatabaseStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "gantry.earlyDatabaseStart";

    /**
     * Whether {@code spring.datasource.url} names a database, which needs no embedded server: the same test as
     * {@code EmbeddedDatabaseConfiguration}'s condition.
     */
    public static boolean usesExternalDatabase(Environment settings) {
        return !settings.getProperty("spring.datasource.url", "").isEmpty();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (usesExternalDatabase(context.getEnvironment()) || PostgresStart.duringAheadOfTimeProcessing()) {
            return;
        }
        context.getBeanFactory().registerSingleton(BEAN_NAME, PostgresStart.begin(context.getEnvironment()));
    }
}
