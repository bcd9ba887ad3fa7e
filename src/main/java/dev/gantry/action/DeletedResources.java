package dev.gantry.action;

import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ResourceChange;
import dev.gantry.secret.SecretBox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Captures, before the merge, what each delete will need; and turns it back into a provider request. */
@Component
class DeletedResources {

    private final ResourceService resources;
    private final SecretBox secrets;
    private final ObjectMapper json;

    DeletedResources(ResourceService resources, SecretBox secrets, ObjectMapper json) {
        this.resources = resources;
        this.secrets = secrets;
        this.json = json;
    }

    /** Per component to be deleted, its resource as HEAD has it now, as JSON. */
    Map<UUID, String> capture(List<ResourceChange> actions) {
        Map<UUID, String> captured = new HashMap<>();
        for (ResourceChange action : actions) {
            if (action.kind() == ResourceChange.Kind.DELETE) {
                captured.put(action.componentId().value(), json.writeValueAsString(describe(action)));
            }
        }
        return captured;
    }

    private DeletedResource describe(ResourceChange action) {
        return describe(action, resources.desiredResource(action.componentId()), secrets);
    }

    /** Keeps the context as {@link CloudContexts} maps it now, secrets sealed: the component is gone after the merge. */
    static DeletedResource describe(ResourceChange action, DesiredResource desired, SecretBox secrets) {
        CloudContext context = CloudContexts.of(desired);
        Optional<CloudContext.StaticCredentials> keys = context.credentials();
        return new DeletedResource(
                desired.resource() == null
                        ? action.identifier()
                        : desired.resource().identifier(),
                desired.resourceType(),
                desired.desiredState(),
                context.region(),
                keys.map(CloudContext.StaticCredentials::accessKeyId).orElse(null),
                keys.map(k -> secrets.seal(k.secretAccessKey()).value()).orElse(null),
                keys.flatMap(CloudContext.StaticCredentials::sessionToken)
                        .map(t -> secrets.seal(t).value())
                        .orElse(null),
                context.assumeRoleArn().orElse(null));
    }

    DeletedResource read(String stored) {
        return json.readValue(stored, DeletedResource.class);
    }

    CloudContext context(DeletedResource deleted) {
        return context(deleted, secrets);
    }

    /** The context captured for the delete, secrets opened again: no second mapping of the credential. */
    static CloudContext context(DeletedResource deleted, SecretBox secrets) {
        Optional<CloudContext.StaticCredentials> keys = Optional.ofNullable(deleted.accessKeyId())
                .filter(id -> deleted.sealedSecretAccessKey() != null)
                .map(id -> new CloudContext.StaticCredentials(
                        id,
                        secrets.open(new SecretBox.Sealed(deleted.sealedSecretAccessKey())),
                        Optional.ofNullable(deleted.sealedSessionToken())
                                .map(token -> secrets.open(new SecretBox.Sealed(token)))));
        return new CloudContext(deleted.region(), keys, Optional.ofNullable(deleted.roleArn()), Optional.empty());
    }
}
