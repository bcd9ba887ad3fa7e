package dev.gantry.api;

import dev.gantry.changeset.ComponentService;
import dev.gantry.model.CodeView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The desired state a component will send, {@code {TypeName, DesiredState}}, secrets redacted. */
@RestController
class CodeController {

    private final ComponentService components;

    CodeController(ComponentService components) {
        this.components = components;
    }

    @GetMapping("/api/change-sets/{changeSet}/components/{id}/code")
    CodeView code(@PathVariable String changeSet, @PathVariable String id) {
        return components.code(Ids.changeSet(changeSet), Ids.component(id));
    }
}
