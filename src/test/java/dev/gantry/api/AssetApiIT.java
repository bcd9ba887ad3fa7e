package dev.gantry.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The asset catalogue over HTTP, as the palette and API users read it. */
@GantryIntegrationTest
class AssetApiIT {

    @LocalServerPort
    int port;

    @Test
    void searchRanksTheExactTypeFirstAndTheSchemaListsItsSockets() {
        ApiClient api = new ApiClient(port);

        JsonNode found = api.ok("GET", "/api/assets?q=AWS::EC2::VPC&limit=5", null);
        JsonNode subnet = api.ok("GET", "/api/assets/AWS::EC2::Subnet", null);

        assertThat(found.get(0).get("name").asString()).isEqualTo("AWS::EC2::VPC");
        assertThat(names(subnet.get("outputs"))).contains("Subnet Id");
        assertThat(names(subnet.get("inputs"))).contains("Vpc Id", "Region", "AWS Credential");
    }

    @Test
    void anUnknownAssetIsA404ProblemNamingIt() {
        ApiClient.Response response = new ApiClient(port).call("GET", "/api/assets/AWS::Nope::Thing", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).contains("AWS::Nope::Thing");
    }

    private static List<String> names(JsonNode sockets) {
        List<String> names = new ArrayList<>();
        sockets.forEach(s -> names.add(s.get("name").asString()));
        return names;
    }
}
