package dev.gantry.api;

import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ResourceData;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Resource data on HEAD, as apply and refresh record it (and as tests and imports may). */
@RestController
class ResourceController {

    private final ResourceService resources;
    private final ComponentService components;

    ResourceController(ResourceService resources, ComponentService components) {
        this.resources = resources;
        this.components = components;
    }

    @PutMapping("/api/head/components/{id}/resource")
    ComponentView record(@PathVariable String id, @RequestBody ApiRequests.RecordResource request) {
        resources.recordResource(Ids.component(id), new ResourceData(request.identifier(), request.status(),
                request.message(), request.payload(), request.attributes()));
        return components.get(ChangeSetId.HEAD, Ids.component(id));
    }
}
