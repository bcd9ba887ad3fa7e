package dev.gantry.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the shared catalogue the application's {@link Catalog} bean, loaded eagerly at start-up. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    Catalog catalog() {
        return CatalogService.shared();
    }
}
