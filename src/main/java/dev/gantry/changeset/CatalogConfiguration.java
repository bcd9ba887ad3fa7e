package dev.gantry.changeset;

import dev.gantry.catalog.Catalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the shared catalogue, against which change sets are built and checked, the application's {@link Catalog}
 * bean: loaded once Gantry serves ({@link CatalogPreload}) or by its first use. It lives here because the catalog
 * module imports no Spring.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    Catalog catalog() {
        return new CatalogOnFirstUse();
    }
}
