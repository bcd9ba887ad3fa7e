package dev.gantry.image;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * "Push image": a local image pushed to an ECR repository component that exists on HEAD, in the background, with
 * progress published as {@link PushProgress} events.
 */
@Service
public class ImagePushService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImagePushService.class);
    static final String ECR_REPOSITORY = "AWS::ECR::Repository";
    private static final String UNTAGGED = "<none>:<none>";

    private final DockerConnection docker;
    private final ComponentService components;
    private final RegistryCredentials credentials;
    private final ApplicationEventPublisher events;
    private final DockerProperties properties;
    private final Clock clock;
    private final PushRuns runs = new PushRuns();
    private final ExecutorService pushes = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("image-push-", 1).daemon().factory());

    ImagePushService(
            DockerConnection docker,
            ComponentService components,
            RegistryCredentials credentials,
            ApplicationEventPublisher events,
            DockerProperties properties,
            Clock clock) {
        this.clock = clock;
        this.docker = docker;
        this.components = components;
        this.credentials = credentials;
        this.events = events;
        this.properties = properties;
    }

    /** Whether a Docker engine answers now: without one, nothing can be pushed. */
    public boolean engineAvailable() {
        try {
            docker.call(c -> c.pingCmd().exec());
            return true;
        } catch (DockerUnavailableException unreachable) {
            return false;
        }
    }

    /** The local engine's images, newest first, as {@code docker images} lists them. */
    public List<LocalImage> localImages() {
        return docker.call(c -> c.listImagesCmd().exec()).stream()
                .map(ImagePushService::localImage)
                .sorted(Comparator.comparing(LocalImage::created).reversed())
                .toList();
    }

    /**
     * Starts pushing {@code localImage} (a name or id) as {@code repositoryUri:tag}; answers at once with the run.
     *
     * @throws NoRepositoryResourceException the component is no ECR repository with a resource on HEAD
     * @throws UnknownImageException         the local engine has no such image
     * @throws DockerUnavailableException    no engine answers
     */
    public PushRun push(ComponentId repository, String localImage, String tag) {
        PushTarget target = new PushTarget(repositoryUri(repository), tag == null || tag.isBlank() ? "latest" : tag);
        requireLocalImage(localImage);
        PushTracker run = new PushTracker(repository, localImage, target.reference(), events::publishEvent, clock);
        runs.add(run);
        log.info(
                "Image push {} started: {} to {} (repository component {})",
                run.id(),
                localImage,
                target.reference(),
                repository);
        pushes.execute(new ImagePush(docker, credentials, run, localImage, target, properties.pushTimeout()));
        return run.snapshot();
    }

    public PushRun pushRun(UUID id) {
        return runs.get(id)
                .orElseThrow(() -> new UnknownPushException("No image push " + id))
                .snapshot();
    }

    /** Where images of this component go: its RepositoryUri on HEAD, or a refusal saying why there is none. */
    private String repositoryUri(ComponentId repository) {
        ComponentView view = components.get(ChangeSetId.HEAD, repository);
        if (!ECR_REPOSITORY.equalsIgnoreCase(view.assetName())) {
            throw new NoRepositoryResourceException("`" + view.name() + "` is " + view.assetName() + ", not an "
                    + ECR_REPOSITORY + ": images are pushed to ECR repositories");
        }
        ResourceData resource = view.resource();
        JsonNode uri = resource == null || resource.attributes() == null
                ? null
                : resource.attributes().get("RepositoryUri");
        if (resource == null
                || !resource.exists()
                || uri == null
                || !uri.isString()
                || uri.asString().isBlank()) {
            throw new NoRepositoryResourceException("`" + view.name() + "` has no repository yet: apply a change "
                    + "set with it first, then push (its RepositoryUri is where the image goes)");
        }
        return uri.asString();
    }

    private void requireLocalImage(String localImage) {
        if (localImage == null || localImage.isBlank()) {
            throw new UnknownImageException("Choose a local image to push");
        }
        try {
            docker.call(c -> c.inspectImageCmd(localImage).exec());
        } catch (NotFoundException e) {
            throw new UnknownImageException(
                    "The local Docker engine has no image `" + localImage + "` (" + EngineErrors.message(e) + ")");
        }
    }

    private static LocalImage localImage(Image image) {
        List<String> tags = image.getRepoTags() == null
                ? List.of()
                : Arrays.stream(image.getRepoTags())
                        .filter(t -> !UNTAGGED.equals(t))
                        .toList();
        long created = image.getCreated() == null ? 0 : image.getCreated();
        return new LocalImage(
                image.getId(), tags, image.getSize() == null ? 0 : image.getSize(), Instant.ofEpochSecond(created));
    }

    @Override
    public void close() {
        pushes.shutdownNow();
    }
}
