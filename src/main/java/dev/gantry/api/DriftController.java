package dev.gantry.api;

import dev.gantry.action.ApplyRunView;
import dev.gantry.action.ApplyService;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.DriftView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drift: refresh HEAD's resources, see where the cloud differs from what is wanted, and either accept the cloud's
 * values (an edit) or restore the wanted ones (an update), each in a new change set to review.
 */
@RestController
@Tag(name = "Drift")
class DriftController {

    private final ApplyService apply;
    private final ComponentService components;

    DriftController(ApplyService apply, ComponentService components) {
        this.apply = apply;
        this.components = components;
    }

    @PostMapping("/api/head/refresh")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Read every resource on HEAD again, in the background; drift shows once the run is done")
    ApplyRunView refreshAll() {
        return apply.refreshAll();
    }

    @GetMapping("/api/head/drift")
    @Operation(summary = "HEAD's components whose resource, as last refreshed, differs from what is wanted")
    List<DriftView> drift() {
        return components.drift();
    }

    @PostMapping("/api/head/components/{id}/drift/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Take the cloud's values of drifted properties (all, or those named) as the wanted ones: an "
                    + "edit in a new change set")
    ComponentView accept(@PathVariable String id, @RequestBody(required = false) ApiRequests.AcceptDrift request) {
        return components.acceptDrift(
                Ids.component(id), request == null || request.properties() == null ? List.of() : request.properties());
    }

    @PostMapping("/api/head/components/{id}/drift/restore")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Bring the drifted properties back to what is wanted: a new change set whose plan updates the "
                    + "resource")
    ComponentView restore(@PathVariable String id) {
        return components.restoreDrift(Ids.component(id));
    }
}
