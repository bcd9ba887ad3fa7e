package dev.gantry.discovery;

import dev.gantry.action.CloudContext;
import dev.gantry.action.CloudContexts;
import dev.gantry.action.ResourceState;
import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.changeset.Adopted;
import dev.gantry.changeset.Adoption;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.model.ComponentId;
import dev.gantry.model.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Import by id: reads an existing resource (native handler or Cloud Control {@code GetResource}) as the frame it
 * goes in would call the cloud, and adds a component that adopts it, its values filled from what was read. The
 * plan then shows an import; apply reads it again and records it; nothing is ever created.
 */
@Service
public class ImportService {

    private final Catalog catalog;
    private final CloudContexts contexts;
    private final CloudReader reader;
    private final ComponentService components;

    ImportService(Catalog catalog, CloudContexts contexts, CloudReader reader, ComponentService components) {
        this.catalog = catalog;
        this.contexts = contexts;
        this.reader = reader;
        this.components = components;
    }

    /**
     * @param parent the frame it goes in (its Region and AWS Credential are the ones used to read), or null
     * @param name   its name on the canvas; null for the resource's Name tag or name, else its identifier
     */
    public Adopted<ComponentView> importExisting(
            ChangeSetId changeSet,
            String assetName,
            String identifier,
            @Nullable ComponentId parent,
            @Nullable String name) {
        if (identifier == null || identifier.isBlank()) {
            throw new InvalidInputException(
                    "identifier", "Say which resource to import: its identifier (sg-0abc, a repository name, an ARN)");
        }
        Asset asset = catalog.require(assetName);
        String type = asset.resourceType()
                .orElseThrow(() -> new ImportRefusedException(
                        asset.name() + " has no cloud resource of its own: there is nothing to import"));
        CloudContext context = contexts.forNewComponent(changeSet, parent, asset.name());
        ResourceState state = reader.read(type, identifier.strip(), context);
        var properties = state.properties() == null ? JsonNodeFactory.instance.objectNode() : state.properties();
        String label =
                name == null || name.isBlank() ? ResourceNames.of(asset, state.identifier(), properties) : name.strip();
        return components.adopt(changeSet, new Adoption(label, asset.name(), parent, state.identifier(), properties));
    }
}
