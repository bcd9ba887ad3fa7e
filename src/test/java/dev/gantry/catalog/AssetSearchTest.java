package dev.gantry.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssetSearchTest {

    private final Catalog catalog = CatalogService.shared();

    private List<String> names(String query) {
        return catalog.search(query, 10).stream().map(Asset::name).toList();
    }

    @Test
    void putsTheExactNameFirst() {
        assertThat(names("AWS::EC2::Subnet")).first().isEqualTo("AWS::EC2::Subnet");
        assertThat(names("subnet")).first().isEqualTo("AWS::EC2::Subnet");
        assertThat(names("region")).first().isEqualTo("Region");
    }

    @Test
    void findsTheNamesTheGuidesUseForSubAssetsFirst() {
        String strategy = catalog.require("ECS CapacityProviderStrategy").name();
        assertThat(names("ECS CapacityProviderStrategy")).first().isEqualTo(strategy);
        assertThat(names("ECS CapacityProviderStrategy")).doesNotHaveDuplicates();
    }

    @Test
    void findsByPrefixOfTheName() {
        assertThat(names("AWS::ECS::Task")).contains("AWS::ECS::TaskDefinition", "AWS::ECS::TaskSet");
    }

    @Test
    void findsByServiceAndDocumentationWords() {
        assertThat(names("ecs service")).contains("AWS::ECS::Service");
        assertThat(catalog.search("load balancer", 20).stream().map(Asset::name))
                .contains("AWS::ElasticLoadBalancingV2::LoadBalancer");
        assertThat(names("container definitions")).contains("TaskDefinition ContainerDefinitions");
    }

    @Test
    void respectsTheLimitAndIgnoresEmptyQueries() {
        assertThat(catalog.search("aws", 5)).hasSize(5);
        assertThat(catalog.search("  ", 5)).isEmpty();
        assertThat(catalog.search("zzzzqqq", 5)).isEmpty();
    }
}
