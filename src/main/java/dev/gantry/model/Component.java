package dev.gantry.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One component as the user set it up: its manual property values ({@code domain}), secret values kept apart,
 * and the resource data HEAD recorded. Immutable by convention: the object nodes are never changed in place,
 * every edit builds a new record, which is what makes copy-on-write change sets cheap.
 *
 * @param parent the frame it sits in, or null at the top level
 * @param damage what of its stored form could not be read (and was replaced by a default), or null; shown as an
 *               error finding on the component until an edit writes it again
 * @param imported the identifier of an existing cloud resource this component adopts instead of creating one
 *               (import by id, discovery): apply reads and records that resource, creating nothing; null otherwise
 * @param restore  a token a change set sets to bring a drifted resource back to what is wanted: a new token is an
 *               update of the drifted properties even though nothing the user set has changed; null if never asked
 */
public record Component(
        ComponentId id,
        String name,
        String assetName,
        ComponentType type,
        @Nullable ComponentId parent,
        Geometry geometry,
        ObjectNode domain,
        ObjectNode secrets,
        @Nullable ResourceData resource,
        @Nullable String damage,
        @Nullable String imported,
        @Nullable String restore) {

    public Component(
            ComponentId id,
            String name,
            String assetName,
            ComponentType type,
            @Nullable ComponentId parent,
            Geometry geometry,
            ObjectNode domain,
            ObjectNode secrets,
            @Nullable ResourceData resource,
            @Nullable String damage,
            @Nullable String imported) {
        this(id, name, assetName, type, parent, geometry, domain, secrets, resource, damage, imported, null);
    }

    public Component(
            ComponentId id,
            String name,
            String assetName,
            ComponentType type,
            @Nullable ComponentId parent,
            Geometry geometry,
            ObjectNode domain,
            ObjectNode secrets,
            @Nullable ResourceData resource,
            @Nullable String damage) {
        this(id, name, assetName, type, parent, geometry, domain, secrets, resource, damage, null);
    }

    public Component(
            ComponentId id,
            String name,
            String assetName,
            ComponentType type,
            @Nullable ComponentId parent,
            Geometry geometry,
            ObjectNode domain,
            ObjectNode secrets,
            @Nullable ResourceData resource) {
        this(id, name, assetName, type, parent, geometry, domain, secrets, resource, null);
    }

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assetName, "assetName");
        Objects.requireNonNull(type, "type");
        geometry = geometry == null ? Geometry.DEFAULT : geometry;
        domain = domain == null ? JsonNodeFactory.instance.objectNode() : domain;
        secrets = secrets == null ? JsonNodeFactory.instance.objectNode() : secrets;
    }

    public static Component create(
            String name, String assetName, ComponentType type, ComponentId parent, Geometry geometry) {
        return new Component(ComponentId.random(), name, assetName, type, parent, geometry, null, null, null);
    }

    public Component withName(String newName) {
        return new Component(
                id, newName, assetName, type, parent, geometry, domain, secrets, resource, damage, imported, restore);
    }

    public Component withType(ComponentType newType) {
        return new Component(
                id, name, assetName, newType, parent, geometry, domain, secrets, resource, damage, imported, restore);
    }

    public Component withParent(ComponentId newParent) {
        return new Component(
                id, name, assetName, type, newParent, geometry, domain, secrets, resource, damage, imported, restore);
    }

    public Component withGeometry(Geometry newGeometry) {
        return new Component(
                id, name, assetName, type, parent, newGeometry, domain, secrets, resource, damage, imported, restore);
    }

    public Component withValues(ObjectNode newDomain, ObjectNode newSecrets) {
        return new Component(
                id,
                name,
                assetName,
                type,
                parent,
                geometry,
                newDomain,
                newSecrets,
                resource,
                damage,
                imported,
                restore);
    }

    public Component withResource(ResourceData newResource) {
        return new Component(
                id, name, assetName, type, parent, geometry, domain, secrets, newResource, damage, imported, restore);
    }

    public Component withImported(@Nullable String identifier) {
        return new Component(
                id, name, assetName, type, parent, geometry, domain, secrets, resource, damage, identifier, restore);
    }

    public Component withRestore(String token) {
        return new Component(
                id, name, assetName, type, parent, geometry, domain, secrets, resource, damage, imported, token);
    }

    /** The same component under a new id, for paste; a copy has no resource of its own, nor adopts one. */
    public Component copyAs(ComponentId newId, ComponentId newParent, Geometry newGeometry) {
        return new Component(
                newId, name, assetName, type, newParent, newGeometry, domain.deepCopy(), secrets.deepCopy(), null);
    }
}
