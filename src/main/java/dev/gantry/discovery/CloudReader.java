package dev.gantry.discovery;

import dev.gantry.action.CloudContext;
import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceProvider;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;

/** Reads one resource by its identifier through the provider that manages its type (native or Cloud Control). */
@Component
class CloudReader {

    private final List<ResourceProvider> providers;

    CloudReader(List<ResourceProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The resource as the cloud has it; a refusal naming the cause when it is not there or the cloud says no. */
    ResourceState read(String resourceType, String identifier, CloudContext context) {
        ResourceProvider provider = providers.stream()
                .filter(p -> p.supports(resourceType))
                .findFirst()
                .orElseThrow(() -> new ImportRefusedException("No provider reads " + resourceType));
        ResourceRequest request =
                new ResourceRequest(resourceType, "import", "import", JsonNodeFactory.instance.objectNode(), context);
        ResourceState state;
        try {
            state = provider.read(request, identifier);
        } catch (ProviderException e) {
            throw new ImportRefusedException("The cloud refused to read " + resourceType + " `" + identifier + "`: "
                    + e.getMessage() + ". Nothing was imported");
        }
        if (!state.exists()) {
            throw new ImportRefusedException("No " + resourceType + " `" + identifier + "` exists"
                    + (context.region() == null ? "" : " in " + context.region()) + ": nothing was imported");
        }
        return state;
    }
}
