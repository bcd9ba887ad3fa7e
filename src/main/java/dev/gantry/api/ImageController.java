package dev.gantry.api;

import dev.gantry.image.ImagePushService;
import dev.gantry.image.LocalImage;
import dev.gantry.image.PushRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pushing a local Docker image to an ECR repository component, as the how-to does with the docker CLI. */
@RestController
@Tag(name = "Images")
class ImageController {

    private final ImagePushService images;

    ImageController(ImagePushService images) {
        this.images = images;
    }

    @GetMapping("/api/images/local")
    @Operation(summary = "The images of the local Docker engine (docker images)")
    List<LocalImage> localImages() {
        return images.localImages();
    }

    @PostMapping("/api/head/components/{id}/push-image")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Tag a local image as repositoryUri:tag, log in with ECR's token and push it, "
                    + "in the background")
    PushRun push(@PathVariable String id, @RequestBody ApiRequests.PushImage request) {
        return images.push(Ids.component(id), request.image(), request.tag());
    }

    @GetMapping("/api/image-pushes/{pushId}")
    @Operation(summary = "A push as it stands: status, layers, bytes, status lines, and the engine's error")
    PushRun push(@PathVariable UUID pushId) {
        return images.pushRun(pushId);
    }
}
