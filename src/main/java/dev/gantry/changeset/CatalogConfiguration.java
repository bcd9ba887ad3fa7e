package dev.gantry.changeset;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the shared catalogue, against which change sets are built and checked, the application's {@link Catalog}
 * bean, loaded eagerly at start-up. It lives here because the catalog module imports no Spring.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    Catalog catalog() {
        return CatalogService.shared();
    }
}
