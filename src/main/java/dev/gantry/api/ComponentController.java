package dev.gantry.api;

import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.NewComponent;
import dev.gantry.model.Geometry;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Components of a change set ({@code head}: the edit lands in a new change set, named by {@code changeSetId} in
 * the answer).
 */
@RestController
@RequestMapping("/api/change-sets/{changeSet}/components")
class ComponentController {

    private final ComponentService components;

    ComponentController(ComponentService components) {
        this.components = components;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ComponentView create(@PathVariable String changeSet, @RequestBody ApiRequests.CreateComponent request) {
        // Without a position the server lays the component out beside its siblings.
        Geometry geometry = request.x() == null || request.y() == null
                ? null
                : new Geometry(
                        request.x(),
                        request.y(),
                        or(request.width(), Geometry.DEFAULT.width()),
                        or(request.height(), Geometry.DEFAULT.height()));
        return components.create(
                Ids.changeSet(changeSet),
                new NewComponent(
                        request.name(),
                        request.asset(),
                        request.type(),
                        Ids.component(request.parent()),
                        geometry,
                        request.properties()));
    }

    @GetMapping
    List<ComponentView> list(@PathVariable String changeSet) {
        return components.list(Ids.changeSet(changeSet));
    }

    /** The component with resolved values and where each came from. */
    @GetMapping("/{id}")
    ComponentView get(@PathVariable String changeSet, @PathVariable String id) {
        return components.get(Ids.changeSet(changeSet), Ids.component(id));
    }

    /** Sets the given properties; a JSON null unsets one. Invalid values are refused and nothing is stored. */
    @PatchMapping("/{id}/properties")
    ComponentView updateProperties(
            @PathVariable String changeSet,
            @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            ref = "#/components/schemas/"
                                                                    + OpenApiConfiguration.PROPERTY_VALUES)))
                    @RequestBody
                    ObjectNode values) {
        return components.updateProperties(Ids.changeSet(changeSet), Ids.component(id), values);
    }

    @PutMapping("/{id}/name")
    ComponentView rename(
            @PathVariable String changeSet, @PathVariable String id, @RequestBody ApiRequests.Rename request) {
        return components.rename(Ids.changeSet(changeSet), Ids.component(id), request.name());
    }

    @PutMapping("/{id}/position")
    ComponentView move(
            @PathVariable String changeSet, @PathVariable String id, @RequestBody ApiRequests.Position request) {
        return components.move(Ids.changeSet(changeSet), Ids.component(id), request.x(), request.y());
    }

    @PutMapping("/{id}/size")
    ComponentView resize(
            @PathVariable String changeSet, @PathVariable String id, @RequestBody ApiRequests.Size request) {
        return components.resize(Ids.changeSet(changeSet), Ids.component(id), request.width(), request.height());
    }

    @PutMapping("/{id}/parent")
    ComponentView reparent(
            @PathVariable String changeSet, @PathVariable String id, @RequestBody ApiRequests.Parent request) {
        return components.reparent(Ids.changeSet(changeSet), Ids.component(id), Ids.component(request.parent()));
    }

    @PutMapping("/{id}/type")
    ComponentView changeType(
            @PathVariable String changeSet, @PathVariable String id, @RequestBody ApiRequests.Type request) {
        return components.changeType(Ids.changeSet(changeSet), Ids.component(id), request.type());
    }

    /** Deletes the component and everything inside it; apply deletes their resources. */
    @DeleteMapping("/{id}")
    ComponentService.Removed delete(@PathVariable String changeSet, @PathVariable String id) {
        return components.delete(Ids.changeSet(changeSet), Ids.component(id));
    }

    /** Forgets the component without touching the cloud. */
    @PostMapping("/{id}/erase")
    ComponentService.Removed erase(@PathVariable String changeSet, @PathVariable String id) {
        return components.erase(Ids.changeSet(changeSet), Ids.component(id));
    }

    /** Undoes the caller's latest edit in the change set (recorded in the audit as an inverse edit). */
    @PostMapping("/undo")
    ComponentService.UndoRedo undo(@PathVariable String changeSet) {
        return components.undo(Ids.changeSet(changeSet));
    }

    /** Takes back the caller's latest undo, unless they edited since. */
    @PostMapping("/redo")
    ComponentService.UndoRedo redo(@PathVariable String changeSet) {
        return components.redo(Ids.changeSet(changeSet));
    }

    @PostMapping("/paste")
    @ResponseStatus(HttpStatus.CREATED)
    ComponentService.Pasted paste(@PathVariable String changeSet, @RequestBody ApiRequests.Paste request) {
        return components.paste(
                Ids.changeSet(changeSet),
                request.selection().stream().map(Ids::component).toList(),
                Ids.component(request.parent()),
                request.dx(),
                request.dy());
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
