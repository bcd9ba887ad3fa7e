package dev.gantry.changeset;

import dev.gantry.StartUpSettled;
import dev.gantry.catalog.CatalogService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Loads the catalogue (about a second of CPU) on a thread of its own as soon as Gantry serves, then says that start-up
 * has settled ({@link StartUpSettled}). No bean reads the catalogue while the context is built
 * ({@link CatalogOnFirstUse}), so on a 2-core machine the load no longer competes with the start for a core; a
 * search that comes before it is done waits for it. Registered in {@code META-INF/spring.factories}; it lives here,
 * beside {@link CatalogConfiguration}, because the catalog module imports no Spring.
 */
public final class CatalogPreload implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogPreload.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        Thread.ofPlatform().daemon().name("catalog-load").start(() -> load(context));
    }

    private static void load(ConfigurableApplicationContext context) {
        long startNanos = System.nanoTime();
        try {
            int assets = CatalogService.shared().all().size();
            LOG.info("Catalogue of {} assets ready in {} ms", assets, (System.nanoTime() - startNanos) / 1_000_000);
        } catch (RuntimeException e) {
            // CatalogOnFirstUse loads it again on first use, and that use reports the failure to its user
            LOG.error("The catalogue could not be loaded", e);
        }
        if (context.isActive()) {
            context.publishEvent(new StartUpSettled());
        }
    }
}
