package dev.gantry.changeset;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.model.InvalidEditException;
import dev.gantry.model.Model;
import dev.gantry.model.ResolvedComponent;
import dev.gantry.secret.SecretBox;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a {@link DesiredResource} from a HEAD model, opening the stored secrets it needs, because the one reason
 * to open them is a cloud call. (The other place is apply's capture of a delete, which keeps them sealed until
 * the delete's own call.)
 */
@org.springframework.stereotype.Component
class DesiredResources {

    static final String REGION_INPUT = "Region";
    static final String CREDENTIAL_INPUT = "AWS Credential";

    private final SecretBox box;

    DesiredResources(SecretBox box) {
        this.box = box;
    }

    DesiredResource of(Model model, ComponentId id) {
        Component component = model.require(id);
        Asset asset = model.asset(component);
        String type = asset.resourceType()
                .orElseThrow(() -> new InvalidEditException("`" + component.name() + "` (" + asset.name()
                        + ") has no cloud resource of its own: nothing to send to a provider"));
        ResolvedComponent resolved = model.resolve(id);
        Optional<String> region = Optional.ofNullable(resolved.context().get(REGION_INPUT))
                .filter(JsonNode::isString)
                .map(JsonNode::asString);
        return new DesiredResource(
                id,
                component.name(),
                type,
                opened(asset, model.desiredState(id)),
                region,
                credential(model, id),
                ComponentCodec.detached(component.resource()),
                model.unresolvedInputs(id),
                component.imported());
    }

    /** The AWS Credential component that feeds the input, however it is connected (frame or edge). */
    private Optional<DesiredResource.CredentialValues> credential(Model model, ComponentId id) {
        return model.connectionsInto(id).stream()
                .filter(c -> c.input().equalsIgnoreCase(CREDENTIAL_INPUT))
                .map(Connection::from)
                .findFirst()
                .map(source -> {
                    ObjectNode values = opened(model.asset(model.require(source)), model.desiredState(source));
                    return new DesiredResource.CredentialValues(
                            text(values, "AccessKeyId"),
                            text(values, "SecretAccessKey"),
                            text(values, "SessionToken"),
                            text(values, "RoleArn"),
                            values.path("UseDefaultChain").asBoolean(false));
                });
    }

    /** Replaces the sealed value of each secret property by its plaintext; secrets are top-level properties. */
    private ObjectNode opened(Asset asset, ObjectNode state) {
        for (Property property : asset.properties().values()) {
            JsonNode value = state.get(property.name());
            if (property.secret() && value != null && value.isString() && SecretBox.isSealed(value.asString())) {
                state.put(property.name(), box.open(new SecretBox.Sealed(value.asString())));
            }
        }
        return state;
    }

    private static Optional<String> text(ObjectNode values, String name) {
        JsonNode v = values.get(name);
        return v == null || v.isNull() || v.asString().isBlank() ? Optional.empty() : Optional.of(v.asString());
    }
}
