package dev.gantry.action;

import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;

/** Carries out one action against the provider that manages its resource type, and records the outcome. */
class ActionExecutor {

    private final List<ResourceProvider> providers;
    private final ApplyWorkspace workspace;

    ActionExecutor(List<ResourceProvider> providers, ApplyWorkspace workspace) {
        this.providers = List.copyOf(providers);
        this.workspace = workspace;
    }

    void execute(ActionRecord action) {
        switch (action.kind()) {
            case ERASE -> workspace.forgetResource(action);
            case CREATE -> create(action, action.idempotencyToken());
            case REFRESH -> refresh(action);
            case UPDATE -> update(action);
            case REPLACE -> {
                delete(action);
                // A fresh token: the replacement is a new resource, not the one the first create made.
                create(action, action.idempotencyToken() + "-replacement");
            }
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
        workspace.recordResource(action, state,
                workspace.appliedState(action).orElse(request.desiredState()));
    }

    private void update(ActionRecord action) {
        ResourceRequest request = workspace.request(action, action.idempotencyToken());
        ResourceState state = provider(action).update(request, identifier(action),
                workspace.appliedState(action).orElseGet(JsonNodeFactory.instance::objectNode));
        workspace.recordResource(action, state, request.desiredState());
    }

    private void delete(ActionRecord action) {
        workspace.resourceIdentifier(action).ifPresent(id -> {
            ResourceRequest request = workspace.request(action, action.idempotencyToken());
            provider(action).delete(request, id);
        });
    }

    private String identifier(ActionRecord action) {
        return workspace.resourceIdentifier(action).orElseThrow(() -> new ProviderException(
                action.componentName() + " has no resource yet; create it first", false, null));
    }

    private ResourceProvider provider(ActionRecord action) {
        return providers.stream().filter(p -> p.supports(action.resourceType())).findFirst()
                .orElseThrow(() -> new ProviderException("No provider manages " + action.resourceType(), false, null));
    }
}
