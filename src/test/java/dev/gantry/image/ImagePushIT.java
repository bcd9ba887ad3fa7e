package dev.gantry.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * "Push image" end to end over the REST API, with nothing faked but the cloud: a real Docker engine and a real
 * registry ({@link DockerEngine}) stand in for the local Docker and ECR's registry, moto answers ECR's
 * GetAuthorizationToken, and the registry accepts exactly the login that token decodes to.
 */
@GantryIntegrationTest
@AsOwner
@ExtendWith(MotoServer.class)
class ImagePushIT {

    @RegisterExtension
    static final DockerEngine DOCKER = new DockerEngine();

    private static final String IMAGE = "gantry-test/hello:1.0";
    /** An account other than moto's default: its token is not the registry's password. */
    private static final String OTHER_ACCOUNT_ROLE = "arn:aws:iam::210987654321:role/pusher";

    private static RegistryLogin ecrLogin;

    @LocalServerPort
    int port;

    @Autowired
    ResourceService resources;

    @Autowired
    ConfigurableApplicationContext context;

    ApiClient api;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
        registry.add("gantry.docker.host", DOCKER::host);
    }

    @BeforeAll
    static void registryAcceptsTheEcrToken() throws Exception {
        ecrLogin = DOCKER.registryAcceptingMotosEcrToken();
        DOCKER.load(ImageTars.image(IMAGE, "Hello from Gantry's push test\n"));
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aLocalImageIsPushedToTheRepositoryWithProgressAndTheRegistryListsItsTag() throws Exception {
        assertThat(api.ok("GET", "/api/images/local", null)
                        .findValues("repoTags")
                        .toString())
                .contains(IMAGE);
        String repository = appliedRepository("demo-app-ecr-repo", null);
        List<PushProgress> events = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<PushProgress>> listener = e -> events.add(e.getPayload());
        context.addApplicationListener(listener);
        try {
            JsonNode started = api.call(
                            "POST",
                            "/api/head/components/" + repository + "/push-image",
                            "{\"image\":\"" + IMAGE + "\",\"tag\":\"1.0\"}")
                    .body();
            assertThat(started.get("target").asString()).isEqualTo(DOCKER.registryHost() + "/demo-app-ecr-repo:1.0");
            JsonNode run = awaitPush(started.get("id").asString());

            assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
            assertThat(run.get("digest").asString()).startsWith("sha256:");
            assertThat(run.get("layers").size()).isEqualTo(1);
            assertThat(run.get("layers").get(0).get("status").asString()).isEqualTo("Pushed");
            assertThat(run.get("bytesPushed").asLong())
                    .isPositive()
                    .isEqualTo(run.get("bytesTotal").asLong());
            assertThat(run.get("lines").toString())
                    .contains("Tagged " + IMAGE)
                    .contains("The push refers to repository [" + DOCKER.registryHost() + "/demo-app-ecr-repo]")
                    .contains("Pushed " + DOCKER.registryHost() + "/demo-app-ecr-repo:1.0");
            HttpResponse<String> tags =
                    DOCKER.registryGet("/v2/demo-app-ecr-repo/tags/list", ecrLogin.username(), ecrLogin.password());
            assertThat(tags.statusCode()).isEqualTo(200);
            assertThat(ApiClient.JSON.readTree(tags.body()).get("tags").toString())
                    .contains("\"1.0\"");
            UUID pushId = UUID.fromString(started.get("id").asString());
            List<PushProgress> ours =
                    events.stream().filter(e -> e.pushId().equals(pushId)).toList();
            assertThat(ours).extracting(PushProgress::line).anyMatch(line -> line != null && line.endsWith(": Pushed"));
            assertThat(ours.getLast().status()).isEqualTo(PushStatus.SUCCEEDED);
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void aPushWithTheTokenOfAnotherAccountFailsWithTheEnginesMessage() {
        String repository = appliedRepository("other-account-repo", OTHER_ACCOUNT_ROLE);

        JsonNode started =
                api.ok("POST", "/api/head/components/" + repository + "/push-image", "{\"image\":\"" + IMAGE + "\"}");
        JsonNode run = awaitPush(started.get("id").asString());

        assertThat(run.get("target").asString()).endsWith("/other-account-repo:latest");
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("FAILED");
        // The registry's refusal arrives inside the engine's HTTP 200 push stream, after the push has started.
        assertThat(run.get("lines").toString()).contains("The push refers to repository");
        assertThat(run.get("error").asString()).isEqualTo("unauthorized: authentication required");
    }

    @Test
    void anUnknownImageOrAComponentWithoutRepositoryIsRefusedWithAProblem() {
        String repository = appliedRepository("refusing-repo", null);

        ApiClient.Response unknown = api.call(
                "POST",
                "/api/head/components/" + repository + "/push-image",
                "{\"image\":\"no-such/image:9\",\"tag\":\"latest\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("detail").asString()).contains("no-such/image:9");

        resources.recordResource(ComponentId.parse(repository), new ResourceData(null, null, null, null, null));
        ApiClient.Response noRepository =
                api.call("POST", "/api/head/components/" + repository + "/push-image", "{\"image\":\"" + IMAGE + "\"}");
        assertThat(noRepository.status()).isEqualTo(409);
        assertThat(noRepository.body().get("detail").asString()).contains("apply");
    }

    private String appliedRepository(String name, String roleArn) {
        return new AppliedRepositories(api, resources, DOCKER.registryHost()).applied(name, roleArn);
    }

    private JsonNode awaitPush(String pushId) {
        return new AppliedRepositories(api, resources, DOCKER.registryHost())
                .poll(
                        "/api/image-pushes/" + pushId,
                        r -> !r.get("status").asString().equals("RUNNING"));
    }
}
