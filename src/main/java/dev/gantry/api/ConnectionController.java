package dev.gantry.api;

import dev.gantry.changeset.ConnectionService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Connections by socket names; the list includes implicit frame connections with their explanations. */
@RestController
@RequestMapping("/api/change-sets/{changeSet}/connections")
class ConnectionController {

    private final ConnectionService connections;

    ConnectionController(ConnectionService connections) {
        this.connections = connections;
    }

    @GetMapping
    ConnectionService.Connections list(@PathVariable String changeSet, @RequestParam(required = false) String into) {
        return into == null
                ? connections.list(Ids.changeSet(changeSet))
                : connections.into(Ids.changeSet(changeSet), Ids.component(into));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ConnectionService.Connections connect(@PathVariable String changeSet, @RequestBody ApiRequests.Connect request) {
        return connections.connect(
                Ids.changeSet(changeSet),
                Ids.component(request.from()),
                request.output(),
                Ids.component(request.to()),
                request.input());
    }

    @DeleteMapping
    ConnectionService.Connections disconnect(
            @PathVariable String changeSet,
            @RequestParam String from,
            @RequestParam String output,
            @RequestParam String to,
            @RequestParam String input) {
        return connections.disconnect(Ids.changeSet(changeSet), Ids.component(from), output, Ids.component(to), input);
    }
}
