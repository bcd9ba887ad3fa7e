package dev.gantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.api.ApiClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, called by each kind of caller: anonymous, viewer, collaborator,
 * approver, owner, and an owner's access token. Each answer is 401 (anonymous), 403 (role too weak), or anything
 * but those (allowed; ids are made up, so most allowed calls end in 404 or 400 and change nothing). An endpoint
 * without a rule here fails the test, as does a rule for an endpoint that no longer exists.
 */
class AuthorizationMatrixIT extends Team {

    /** Who may call an operation. */
    enum Need {
        VIEWER,
        COLLABORATOR,
        APPROVER,
        OWNER,
        OWNER_SIGNED_IN,
        SIGNED_IN
    }

    /** The rules, as a reader of the report would write them: "METHOD path" → who. */
    static final Map<String, Need> RULES = new LinkedHashMap<>();

    static {
        for (String read : List.of(
                "/api/assets",
                "/api/assets/{type}",
                "/api/change-sets",
                "/api/change-sets/{changeSet}",
                "/api/change-sets/{changeSet}/diff",
                "/api/change-sets/{changeSet}/audit",
                "/api/change-sets/{changeSet}/components",
                "/api/change-sets/{changeSet}/components/{id}",
                "/api/change-sets/{changeSet}/components/{id}/code",
                "/api/change-sets/{changeSet}/connections",
                "/api/change-sets/{changeSet}/template",
                "/api/change-sets/{changeSet}/qualifications",
                "/api/change-sets/{changeSet}/components/{id}/qualifications",
                "/api/change-sets/{id}/plan",
                "/api/apply-runs",
                "/api/apply-runs/{runId}",
                "/api/apply-runs/{runId}/events",
                "/api/images/local",
                "/api/image-pushes/{pushId}",
                "/api/workspaces",
                "/api/workspaces/current",
                "/api/discoveries/{id}",
                "/api/head/drift",
                "/api/members",
                "/api/tokens")) {
            RULES.put("GET " + read, Need.VIEWER);
        }
        for (String model : List.of(
                "POST /api/change-sets",
                "POST /api/change-sets/{changeSet}/components",
                "POST /api/change-sets/{changeSet}/components/paste",
                "POST /api/change-sets/{changeSet}/components/undo",
                "POST /api/change-sets/{changeSet}/components/redo",
                "POST /api/change-sets/{changeSet}/components/{id}/erase",
                "PATCH /api/change-sets/{changeSet}/components/{id}/properties",
                "PUT /api/change-sets/{changeSet}/name",
                "PUT /api/change-sets/{changeSet}/components/{id}/name",
                "PUT /api/change-sets/{changeSet}/components/{id}/position",
                "PUT /api/change-sets/{changeSet}/components/{id}/size",
                "PUT /api/change-sets/{changeSet}/components/{id}/parent",
                "PUT /api/change-sets/{changeSet}/components/{id}/type",
                "DELETE /api/change-sets/{changeSet}/components/{id}",
                "POST /api/change-sets/{changeSet}/connections",
                "DELETE /api/change-sets/{changeSet}/connections",
                "POST /api/change-sets/{changeSet}/template",
                "POST /api/change-sets/{changeSet}/request-approval",
                "POST /api/change-sets/{changeSet}/abandon",
                "POST /api/change-sets/{changeSet}/rebase",
                "POST /api/change-sets/{changeSet}/conflicts/resolve",
                "POST /api/change-sets/{id}/apply",
                "POST /api/head/components/{id}/refresh",
                "POST /api/head/components/{id}/push-image",
                "POST /api/change-sets/{changeSet}/imports",
                "POST /api/change-sets/{changeSet}/discover",
                "POST /api/head/refresh",
                "POST /api/head/components/{id}/drift/accept",
                "POST /api/head/components/{id}/drift/restore")) {
            RULES.put(model, Need.COLLABORATOR);
        }
        for (String review : List.of(
                "POST /api/change-sets/{changeSet}/approve",
                "POST /api/change-sets/{changeSet}/reject",
                "POST /api/actions/{actionId}/retry",
                "POST /api/actions/{actionId}/hold",
                "POST /api/actions/{actionId}/release",
                "DELETE /api/actions/{actionId}")) {
            RULES.put(review, Need.APPROVER);
        }
        for (String manage : List.of(
                "POST /api/members",
                "PUT /api/members/{username}/role",
                "DELETE /api/members/{username}",
                "PUT /api/workspaces/current/settings")) {
            RULES.put(manage, Need.OWNER_SIGNED_IN);
        }
        // the catch-all that answers what no endpoint takes with a 404 or 405 problem: it changes nothing, and
        // members see why their request went nowhere
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
            RULES.put(method + " /api/**", Need.VIEWER);
        }
        RULES.put("POST /api/tokens", Need.SIGNED_IN);
        RULES.put("DELETE /api/tokens/{id}", Need.VIEWER);
    }

    record Caller(String name, ApiClient api, Role role, boolean token) {}

    @Test
    void everyEndpointHasARuleAndEveryCallerGetsExactlyWhatItsRoleAllows() {
        List<String> operations = operations(owner().ok("GET", "/v3/api-docs", null));
        assertThat(new TreeSet<>(operations))
                .as("endpoints without a rule, or rules without an endpoint")
                .isEqualTo(new TreeSet<>(RULES.keySet()));

        List<Caller> callers = callers();
        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            for (Caller caller : callers) {
                int status = caller.api()
                        .call(method, path, method.equals("GET") ? null : "{}")
                        .status();
                int expected = expected(RULES.get(operation), caller);
                boolean right = expected == 0 ? status != 401 && status != 403 : status == expected;
                if (!right) {
                    wrong.add(operation + " as " + caller.name() + ": " + status + ", expected "
                            + (expected == 0 ? "allowed" : expected));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anEndpointThatIsNotInTheDocumentIsClosedToEveryone() {
        // what PUT /api/head/components/{id}/resource used to do (write HEAD by hand) has no endpoint any more:
        // strangers are not told even that, members learn there is no such endpoint
        for (Caller caller : callers()) {
            int status = caller.api()
                    .call(
                            "PUT",
                            "/api/head/components/" + UUID.randomUUID() + "/resource",
                            "{\"identifier\":\"victim-repo\"}")
                    .status();
            assertThat(status).as(caller.name()).isEqualTo(caller.role() == null ? 401 : 404);
        }
    }

    private List<Caller> callers() {
        String token = owner().ok("POST", "/api/tokens", "{\"name\":\"matrix\"}")
                .get("token")
                .asString();
        return List.of(
                new Caller("anonymous", owner().anonymous(), null, false),
                new Caller("viewer", member("viewer-vic"), Role.VIEWER, false),
                new Caller("collaborator", member("collaborator-col"), Role.COLLABORATOR, false),
                new Caller("approver", member("approver-ann"), Role.APPROVER, false),
                new Caller("owner", owner(), Role.OWNER, false),
                new Caller("owner's token", owner().withToken(token), Role.OWNER, true));
    }

    /** 0: allowed; else the status the caller must get. */
    private static int expected(Need need, Caller caller) {
        if (caller.role() == null) {
            return 401;
        }
        boolean allowed = switch (need) {
            case VIEWER -> true;
            case COLLABORATOR -> caller.role().atLeast(Role.COLLABORATOR);
            case APPROVER -> caller.role().atLeast(Role.APPROVER);
            case OWNER -> caller.role() == Role.OWNER;
            case OWNER_SIGNED_IN -> caller.role() == Role.OWNER && !caller.token();
            case SIGNED_IN -> !caller.token();
        };
        return allowed ? 0 : 403;
    }

    private static List<String> operations(JsonNode docs) {
        List<String> operations = new ArrayList<>();
        docs.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .propertyNames()
                        .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }

    /** Made-up ids: the call is authorised (or not) before anything is looked up. */
    private static String concrete(String template) {
        return template.replace("{changeSet}", UUID.randomUUID().toString())
                .replaceAll("\\{(id|runId|actionId|pushId)}", UUID.randomUUID().toString())
                .replace("{type}", "AWS::EC2::VPC")
                .replace("{username}", "nobody-here")
                .replace("/api/**", "/api/no-such-thing");
    }
}
