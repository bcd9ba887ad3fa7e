package dev.gantry.changeset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.model.Qualification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A stored component that cannot be decoded (an older version wrote it, or someone edited the database) shows
 * an error finding on that component; the rest of the change set reads, edits and diffs as before. The bad rows
 * are written with SQL, as the API refuses to store them.
 */
@GantryIntegrationTest
@AsOwner
class UnreadableRowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUndecodableRowIsAFindingOnItsComponentNotA500ForTheChangeSet() {
        ApiClient api = new ApiClient(port);
        String cs = api.newChangeSet("unreadable rows");
        String components = "/api/change-sets/" + cs + "/components";
        String moved = api.ok("POST", components, "{\"name\":\"moved\",\"asset\":\"AWS::ECR::Repository\"}")
                .path("id")
                .asString();
        String mangled = api.ok("POST", components, "{\"name\":\"mangled\",\"asset\":\"AWS::ECR::Repository\"}")
                .path("id")
                .asString();
        String healthy = api.ok("POST", components, "{\"name\":\"healthy\",\"asset\":\"AWS::ECR::Repository\"}")
                .path("id")
                .asString();
        // What the 1e400 position used to leave behind, and a row from "an older version" with other shapes.
        jdbc.sql("UPDATE change_set_component SET data = jsonb_set(data, '{geometry,x}', '\"Infinity\"') "
                        + "WHERE change_set_id = ?::uuid AND component_id = ?::uuid")
                .params(cs, moved)
                .update();
        jdbc.sql("UPDATE change_set_component SET data = data || '{\"type\":\"SPIRAL\",\"domain\":\"oops\","
                        + "\"name\":7}'::jsonb WHERE change_set_id = ?::uuid AND component_id = ?::uuid")
                .params(cs, mangled)
                .update();
        // Such rows are there when Gantry reads the change set; Gantry keeps what it read per content version (every
        // write of its own moves the version), so rows changed behind its back are read once the version moves.
        jdbc.sql("UPDATE change_set SET content_version = content_version + 1 WHERE id = ?::uuid")
                .params(cs)
                .update();

        assertThat(api.call("GET", "/api/change-sets/" + cs + "/diff", null).status())
                .isEqualTo(200);
        assertThat(api.call("GET", components, null).status()).isEqualTo(200);
        assertThat(unreadable(api, cs, moved)).contains("geometry.x was \"Infinity\"");
        assertThat(unreadable(api, cs, mangled))
                .contains("type was \"SPIRAL\"")
                .contains("domain was not an object")
                .contains("name was 7");
        assertThat(api.call("GET", "/api/change-sets/" + cs + "/components/" + healthy + "/qualifications", null)
                        .body()
                        .toString())
                .doesNotContain("unreadable");

        api.ok("PATCH", components + "/" + healthy + "/properties", "{\"RepositoryName\":\"still-editable\"}");
        api.ok("PUT", components + "/" + moved + "/position", "{\"x\":10,\"y\":20}");
        assertThat(unreadable(api, cs, moved)).isEmpty(); // the edit stored it whole again
        assertThat(api.ok("GET", components + "/" + moved, null)
                        .path("geometry")
                        .path("x")
                        .asDouble())
                .isEqualTo(10);
    }

    private static String unreadable(ApiClient api, String cs, String component) {
        StringBuilder found = new StringBuilder();
        api.ok("GET", "/api/change-sets/" + cs + "/components/" + component + "/qualifications", null)
                .forEach(q -> {
                    if ("unreadable".equals(q.path("check").asString())) {
                        assertThat(q.path("severity").asString()).isEqualTo(Qualification.Severity.ERROR.name());
                        found.append(q.path("message").asString());
                    }
                });
        return found.toString();
    }
}
