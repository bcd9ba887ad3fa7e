package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.catalog.CatalogService;
import dev.gantry.catalog.UnknownAssetException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class AssetControllerTest {

    private final AssetController controller = new AssetController(CatalogService.shared());

    @Test
    void searchReturnsNameKindServiceAndAShortDescription() {
        var results = controller.search("subnet", 5);
        assertThat(results).hasSizeLessThanOrEqualTo(5).first().satisfies(r -> {
            assertThat(r.name()).isEqualTo("AWS::EC2::Subnet");
            assertThat(r.kind()).isEqualTo("RESOURCE");
            assertThat(r.service()).isEqualTo("EC2");
            assertThat(r.summary()).startsWith("Specifies a subnet");
        });
    }

    @Test
    void searchBoundsTheLimit() {
        assertThat(controller.search("aws", 100_000)).hasSizeLessThanOrEqualTo(AssetController.MAX_LIMIT);
    }

    @Test
    void schemaCarriesPropertiesRulesAndSockets() {
        AssetSchema vpc = controller.asset("AWS::EC2::VPC");
        assertThat(vpc.properties()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("CidrBlock");
            assertThat(p.type().kind()).isEqualTo("string");
            assertThat(p.rules().pattern()).isNotBlank();
        });
        assertThat(vpc.outputs()).anySatisfy(o -> assertThat(o.annotations()).contains("AWS::EC2::VPC.VpcId"));
        assertThat(vpc.inputs()).anySatisfy(i -> assertThat(i.source()).isEqualTo("CONTEXT"));
    }

    @Test
    void unknownAssetIsANotFoundProblem() {
        UnknownAssetException unknown = new UnknownAssetException("AWS::Nope::Nothing");
        ProblemDetail problem = controller.unknownAsset(unknown);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).contains("AWS::Nope::Nothing");
    }
}
