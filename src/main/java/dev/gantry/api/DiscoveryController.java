package dev.gantry.api;

import dev.gantry.discovery.DiscoveryRequest;
import dev.gantry.discovery.DiscoveryService;
import dev.gantry.discovery.DiscoveryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Discovery: an account's resources drawn into a change set, in frames, connected, adopted on apply. */
@RestController
@Tag(name = "Import and discovery")
class DiscoveryController {

    private final DiscoveryService discoveries;

    DiscoveryController(DiscoveryService discoveries) {
        this.discoveries = discoveries;
    }

    @PostMapping("/api/change-sets/{changeSet}/discover")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "List the account's resources of the given types (default: every natively listed type) and "
                    + "draw those no component manages into the change set, in the background; follow it at "
                    + "/api/discoveries/{id}")
    DiscoveryView discover(@PathVariable String changeSet, @RequestBody ApiRequests.Discover request) {
        return discoveries.start(
                Ids.changeSet(changeSet),
                new DiscoveryRequest(
                        Ids.component(request.parent()),
                        Ids.component(request.credential()),
                        request.region(),
                        request.types(),
                        request.vpcId(),
                        request.tag()));
    }

    @GetMapping("/api/discoveries/{id}")
    @Operation(summary = "A discovery as it stands: the type it is at, counts, and once done what it drew")
    DiscoveryView discovery(@PathVariable UUID id) {
        return discoveries.discovery(id);
    }
}
