package dev.gantry.changeset;

import dev.gantry.catalog.CatalogService;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * Loads the catalogue (about a second) on a thread of its own as soon as Spring starts, so that it is read while the
 * context is built rather than when the first bean asks for it; that bean then waits for the rest. A failed load is
 * loaded again, and reported, by that bean ({@link CatalogConfiguration}). Registered in
 * {@code META-INF/spring.factories}; it lives here, beside that configuration, because the catalog module imports no
 * Spring.
 */
public final class CatalogPreload implements ApplicationListener<ApplicationStartingEvent> {

    @Override
    public void onApplicationEvent(ApplicationStartingEvent event) {
        Thread.ofPlatform().daemon().name("catalog-load").start(CatalogService::shared);
    }
}
