package dev.gantry.changeset;

import dev.gantry.catalog.Catalog;
import dev.gantry.model.TestAssets;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The small hand-made catalogue, for tests that exercise change sets rather than the CloudFormation types. */
@TestConfiguration
public class TestCatalogConfiguration {

    @Bean
    @Primary
    Catalog testAssets() {
        return new TestAssets();
    }
}
