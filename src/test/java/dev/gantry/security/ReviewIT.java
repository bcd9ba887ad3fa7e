package dev.gantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.api.ApiClient;
import dev.gantry.aws.MotoServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The review a team relies on: approval by someone who did not edit, the workspace's minimum of approvals,
 * approvals bound to the content, rejection with a reason, roles on every transition, and no way to write HEAD
 * around the review (the victim-repo scenario of issue 8).
 */
class ReviewIT extends Team {

    @Test
    void theAuthorCannotApproveTheirOwnChangeSetButAnotherApproverCan() {
        ApiClient author = member("approver-alex");
        String cs = build(author, "alex's repo", "alex-repo");
        author.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);

        ApiClient.Response own = author.call("POST", "/api/change-sets/" + cs + "/approve", null);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body().get("detail").asString()).contains("edited this change set");

        JsonNode approved = member("approver-blair").ok("POST", "/api/change-sets/" + cs + "/approve", null);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("approver-blair");
        assertThat(approved.get("createdBy").asString()).isEqualTo("approver-alex");
        assertThat(approved.get("reviews")).singleElement().satisfies(r -> {
            assertThat(r.get("reviewer").asString()).isEqualTo("approver-blair");
            assertThat(r.get("decision").asString()).isEqualTo("approved");
        });
    }

    @Test
    void someoneWhoEditedAnotherAuthorsChangeSetCannotApproveItEither() {
        String cs = build(member("collaborator-casey"), "casey's repo", "casey-repo");
        ApiClient editor = member("approver-drew");
        String repo = owner().ok("GET", "/api/change-sets/" + cs + "/components", null)
                .valueStream()
                .filter(c -> c.get("name").asString().equals("casey-repo"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        editor.ok(
                "PATCH",
                "/api/change-sets/" + cs + "/components/" + repo + "/properties",
                "{\"ImageTagMutability\":\"IMMUTABLE\"}");
        member("collaborator-casey").ok("POST", "/api/change-sets/" + cs + "/request-approval", null);

        assertThat(editor.call("POST", "/api/change-sets/" + cs + "/approve", null)
                        .status())
                .isEqualTo(403);
        JsonNode audit = owner().ok("GET", "/api/change-sets/" + cs + "/audit", null);
        assertThat(audit.valueStream().map(e -> e.get("actor").asString()))
                .contains("collaborator-casey", "approver-drew")
                .doesNotContain("gantry");
    }

    @Test
    void aCollaboratorCannotApproveAndAViewerCannotModel() {
        String cs = build(member("collaborator-eli"), "eli's repo", "eli-repo");
        member("collaborator-eli").ok("POST", "/api/change-sets/" + cs + "/request-approval", null);

        assertThat(member("collaborator-fay")
                        .call("POST", "/api/change-sets/" + cs + "/approve", null)
                        .status())
                .isEqualTo(403);
        assertThat(member("viewer-gus")
                        .call("POST", "/api/change-sets", "{\"name\":\"no\"}")
                        .status())
                .isEqualTo(403);
        assertThat(member("viewer-gus")
                        .call("GET", "/api/change-sets/" + cs + "/diff", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anEditAfterApprovalVoidsItAndARejectionNeedsAReason() {
        ApiClient author = member("collaborator-hal");
        ApiClient reviewer = member("approver-ivy");
        String cs = build(author, "hal's repo", "hal-repo");
        author.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        reviewer.ok("POST", "/api/change-sets/" + cs + "/approve", null);

        author.ok(
                "POST",
                "/api/change-sets/" + cs + "/components",
                "{\"name\":\"extra\",\"asset\":"
                        + "\"AWS::ECR::Repository\",\"properties\":{\"RepositoryName\":\"hal-extra\"}}");
        JsonNode reopened = owner().ok("GET", "/api/change-sets/" + cs, null);
        assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("reviews"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("current").asBoolean()).isFalse());
        assertThat(author.call("POST", "/api/change-sets/" + cs + "/apply", null)
                        .status())
                .isEqualTo(409);

        author.ok("POST", "/api/change-sets/" + cs + "/request-approval", null);
        ApiClient.Response silent = reviewer.call("POST", "/api/change-sets/" + cs + "/reject", "{}");
        assertThat(silent.status()).isEqualTo(400);
        JsonNode rejected = reviewer.ok(
                "POST",
                "/api/change-sets/" + cs + "/reject",
                "{\"comment\":\"one repository per change set, please\"}");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reviews").get(1).get("comment").asString())
                .isEqualTo("one repository per change set, please");
    }

    @Test
    void theWorkspacesMinimumOfApprovalsIsEnforced() {
        ApiClient owner = owner();
        owner.ok("PUT", "/api/workspaces/current/settings", "{\"minApprovals\":2}");
        try {
            String cs = build(member("collaborator-jo"), "jo's repo", "jo-repo");
            member("collaborator-jo").ok("POST", "/api/change-sets/" + cs + "/request-approval", null);

            JsonNode first = member("approver-kim").ok("POST", "/api/change-sets/" + cs + "/approve", null);
            assertThat(first.get("status").asString()).isEqualTo("NEEDS_APPROVAL");
            assertThat(member("approver-kim")
                            .call("POST", "/api/change-sets/" + cs + "/approve", null)
                            .status())
                    .isEqualTo(409);
            JsonNode second = owner.ok("POST", "/api/change-sets/" + cs + "/approve", null);
            assertThat(second.get("status").asString()).isEqualTo("APPROVED");
        } finally {
            owner.ok("PUT", "/api/workspaces/current/settings", "{\"minApprovals\":1}");
        }
    }

    /**
     * Issue 8: rewriting a managed resource's identifier on HEAD by hand made a later, approved "delete
     * demo-app-ecr-repo" delete an unrelated repository. HEAD now moves only by apply and refresh.
     */
    @Test
    void theVictimRepoScenarioCannotBeReproduced() {
        ApiClient author = member("collaborator-mo");
        ApiClient reviewer = member("approver-ned");
        String cs = build(author, "demo app", "demo-app-ecr-repo");
        String repo = componentId(cs, "demo-app-ecr-repo");
        applyReviewed(author, reviewer, cs);
        EcrClient ecr = MotoServer.client(EcrClient.builder());
        ecr.createRepository(r -> r.repositoryName("victim-repo"));

        for (ApiClient anyone : new ApiClient[] {owner(), author, reviewer}) {
            ApiClient.Response rewrite = anyone.call(
                    "PUT",
                    "/api/head/components/" + repo + "/resource",
                    "{\"identifier\":\"victim-repo\",\"status\":\"ok\"}");
            assertThat(rewrite.status()).isIn(403, 404, 405);
        }
        assertThat(owner().ok("GET", "/api/change-sets/head/components/" + repo, null)
                        .get("resource")
                        .get("identifier")
                        .asString())
                .isEqualTo("demo-app-ecr-repo");

        String cleanup = author.newChangeSet("delete demo-app-ecr-repo");
        author.ok("DELETE", "/api/change-sets/" + cleanup + "/components/" + repo, null);
        JsonNode plan =
                owner().ok("GET", "/api/change-sets/" + cleanup + "/diff", null).get("actions");
        assertThat(plan)
                .singleElement()
                .satisfies(a -> assertThat(a.get("identifier").asString()).isEqualTo("demo-app-ecr-repo"));
        applyReviewed(author, reviewer, cleanup);

        assertThat(ecr.describeRepositories().repositories())
                .extracting(Repository::repositoryName)
                .contains("victim-repo")
                .doesNotContain("demo-app-ecr-repo");
        assertThat(owner().ok("GET", "/api/apply-runs?limit=1", null)
                        .get(0)
                        .get("createdBy")
                        .asString())
                .isEqualTo("collaborator-mo");
    }
}
