package dev.gantry.api;

import dev.gantry.changeset.Adopted;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentView;
import dev.gantry.discovery.ImportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Import by id: a component that adopts an existing resource; the plan shows an import, nothing is created. */
@RestController
@Tag(name = "Import and discovery")
class ImportController {

    @Schema(
            description = "The component that adopts the resource, in the change set it landed in, and what of the "
                    + "resource's settings had to be left out")
    record ImportResult(ChangeSetId changeSetId, ComponentView component, List<String> leftOut) {}

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/change-sets/{changeSet}/imports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Read an existing resource by its identifier and add a component that adopts it; apply "
                    + "records it as managed and creates nothing. 422 when the cloud has no such resource, 409 "
                    + "when a component already manages it")
    ImportResult importResource(@PathVariable String changeSet, @RequestBody ApiRequests.ImportResource request) {
        Adopted<ComponentView> adopted = imports.importExisting(
                Ids.changeSet(changeSet),
                request.asset(),
                request.identifier(),
                Ids.component(request.parent()),
                request.name());
        return new ImportResult(adopted.changeSetId(), adopted.result(), adopted.leftOut());
    }
}
