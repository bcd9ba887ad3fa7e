package dev.gantry.api;

import dev.gantry.changeset.ComponentService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Qualification;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the reviewer sees: catalogue rules, missing required values, ambiguous frame inputs. */
@RestController
@RequestMapping("/api/change-sets/{changeSet}")
class QualificationController {

    private final ComponentService components;

    QualificationController(ComponentService components) {
        this.components = components;
    }

    @GetMapping("/qualifications")
    Map<ComponentId, List<Qualification>> all(@PathVariable String changeSet) {
        return components.qualifications(Ids.changeSet(changeSet));
    }

    @GetMapping("/components/{id}/qualifications")
    List<Qualification> of(@PathVariable String changeSet, @PathVariable String id) {
        return components.qualifications(Ids.changeSet(changeSet), Ids.component(id));
    }
}
