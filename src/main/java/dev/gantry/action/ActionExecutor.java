package dev.gantry.action;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Carries out one action against the provider that manages its resource type, and records the outcome. */
class ActionExecutor {

    private final List<ResourceProvider> providers;
    private final ApplyWorkspace workspace;
    private final ReplacementRule replacement;

    ActionExecutor(List<ResourceProvider> providers, ApplyWorkspace workspace, ReplacementRule replacement) {
        this.providers = List.copyOf(providers);
        this.workspace = workspace;
        this.replacement = replacement;
    }

    void execute(ActionRecord action) {
        switch (action.kind()) {
            case ERASE -> workspace.forgetResource(action);
            case CREATE -> create(action, action.idempotencyToken());
            case REFRESH -> refresh(action);
            case IMPORT -> adopt(action);
            case UPDATE -> update(action);
            case REPLACE -> replace(action);
            case DELETE -> {
                delete(action);
                workspace.forgetResource(action);
            }
        }
    }

    void recordFailure(ActionRecord action, String message) {
        workspace.recordFailure(action, message);
    }

    private void create(ActionRecord action, String token) {
        ResourceRequest request = workspace.request(action, token);
        ResourceState state = provider(action).create(request);
        workspace.recordResource(action, state, request.desiredState());
    }

    private void refresh(ActionRecord action) {
        ResourceRequest request = workspace.request(action, action.idempotencyToken());
        ResourceState state = provider(action).read(request, identifier(action));
        workspace.recordResource(action, state, workspace.appliedState(action).orElse(request.desiredState()));
    }

    /**
     * Import: reads the existing resource and records it as the component's, creating nothing. What the cloud
     * has becomes the applied state, so a later update changes only what the user changes from there.
     */
    private void adopt(ActionRecord action) {
        ResourceRequest request = workspace.request(action, action.idempotencyToken());
        String identifier = workspace
                .importedIdentifier(action)
                .orElseThrow(() -> new ProviderException(
                        action.componentName() + " names no existing resource to import", false, null));
        ResourceState state = provider(action).read(request, identifier);
        if (!state.exists()) {
            throw new ProviderException(
                    "No " + action.resourceType() + " `" + identifier + "` exists to import into "
                            + action.componentName() + "; it may have been deleted since it was read",
                    false,
                    null);
        }
        workspace.recordResource(action, state, adoptedState(request.desiredState(), state));
    }

    /** The desired properties as the cloud has them: what an update's patch starts from after an import. */
    private static ObjectNode adoptedState(ObjectNode desired, ResourceState state) {
        ObjectNode cloud = state.properties() == null ? JsonNodeFactory.instance.objectNode() : state.properties();
        ObjectNode adopted = JsonNodeFactory.instance.objectNode();
        desired.propertyNames()
                .forEach(name -> adopted.set(name, cloud.has(name) ? cloud.get(name) : desired.get(name)));
        return adopted;
    }

    /**
     * Values are bound when the action runs, so only now is it known what changed: an input fed by a replaced
     * resource may be create-only (a NAT gateway's SubnetId), and then the update becomes a replacement.
     */
    private void update(ActionRecord action) {
        ResourceRequest request = workspace.request(action, action.idempotencyToken());
        Optional<ObjectNode> applied = workspace.appliedState(action);
        if (applied.isPresent()
                && replacement.requiresReplacement(
                        action.resourceType(), changedProperties(applied.get(), request.desiredState()))) {
            replace(action);
            return;
        }
        ResourceState state = provider(action)
                .update(request, identifier(action), applied.orElseGet(JsonNodeFactory.instance::objectNode));
        workspace.recordResource(action, state, request.desiredState());
    }

    private void replace(ActionRecord action) {
        delete(action);
        // A fresh token: the replacement is a new resource, not the one the first create made.
        create(action, action.idempotencyToken() + "-replacement");
    }

    private static Set<String> changedProperties(ObjectNode applied, ObjectNode desired) {
        Set<String> changed = new HashSet<>();
        desired.propertyNames().forEach(name -> {
            if (!desired.get(name).equals(applied.get(name))) {
                changed.add(name);
            }
        });
        applied.propertyNames().forEach(name -> {
            if (!desired.has(name)) {
                changed.add(name);
            }
        });
        return changed;
    }

    private void delete(ActionRecord action) {
        workspace.resourceIdentifier(action).ifPresent(id -> {
            ResourceRequest request = workspace.request(action, action.idempotencyToken());
            provider(action).delete(request, id);
        });
    }

    private String identifier(ActionRecord action) {
        return workspace
                .resourceIdentifier(action)
                .orElseThrow(() -> new ProviderException(
                        action.componentName() + " has no resource yet; create it first", false, null));
    }

    private ResourceProvider provider(ActionRecord action) {
        return providers.stream()
                .filter(p -> p.supports(action.resourceType()))
                .findFirst()
                .orElseThrow(() -> new ProviderException("No provider manages " + action.resourceType(), false, null));
    }
}
