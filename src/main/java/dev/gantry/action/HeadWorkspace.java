package dev.gantry.action;

import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Drift;
import dev.gantry.model.ResourceData;
import dev.gantry.model.ResourceStatus;
import dev.gantry.model.UnknownComponentException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The apply engine's view of HEAD: desired states resolved when an action starts, results recorded as resource
 * data (which then flows through output sockets to every consumer). Deletes work from what was captured before
 * the merge, since their components are no longer on HEAD.
 */
@Component
class HeadWorkspace implements ApplyWorkspace {

    private final ResourceService resources;
    private final DeletedResources deletedResources;
    private final ActionStore store;
    private final ObjectMapper json;

    HeadWorkspace(ResourceService resources, DeletedResources deletedResources, ActionStore store, ObjectMapper json) {
        this.resources = resources;
        this.deletedResources = deletedResources;
        this.store = store;
        this.json = json;
    }

    @Override
    public ResourceRequest request(ActionRecord action, String idempotencyToken) {
        if (action.kind() == ActionKind.DELETE) {
            DeletedResource deleted = deleted(action);
            return new ResourceRequest(
                    deleted.resourceType(),
                    action.componentId().toString(),
                    idempotencyToken,
                    deleted.desiredState(),
                    deletedResources.context(deleted));
        }
        DesiredResource desired = resources.desiredResource(new ComponentId(action.componentId()));
        boolean reads = action.kind() == ActionKind.REFRESH || action.kind() == ActionKind.IMPORT;
        if (!reads && !desired.unresolved().isEmpty()) {
            boolean pending = desired.unresolved().stream()
                    .allMatch(input -> !input.producerExists()
                            && store.hasUnfinishedAction(input.producer().value()));
            throw new UnresolvedInputException(desired.unresolved(), pending);
        }
        return new ResourceRequest(
                desired.resourceType(),
                action.componentId().toString(),
                idempotencyToken,
                desired.desiredState(),
                CloudContexts.of(desired),
                identifier -> recordCreated(action, identifier));
    }

    /** Durably, before the provider's follow-up calls: whatever happens next, the resource is not forgotten. */
    private void recordCreated(ActionRecord action, String identifier) {
        record(
                action,
                new ResourceData(
                        identifier,
                        ResourceStatus.CREATING,
                        "Created; Gantry has not finished setting it up yet",
                        null,
                        null));
    }

    @Override
    public Optional<String> resourceIdentifier(ActionRecord action) {
        if (action.kind() == ActionKind.DELETE) {
            return Optional.ofNullable(deleted(action).identifier());
        }
        ResourceData resource =
                resources.desiredResource(new ComponentId(action.componentId())).resource();
        return Optional.ofNullable(resource).map(ResourceData::identifier);
    }

    @Override
    public Optional<String> importedIdentifier(ActionRecord action) {
        return Optional.ofNullable(
                resources.desiredResource(new ComponentId(action.componentId())).imported());
    }

    /**
     * What was last applied, except that properties a refresh found drifted count with the cloud's value: an
     * update (a restore among them) then changes them back, instead of thinking them already as wanted.
     */
    @Override
    public Optional<ObjectNode> appliedState(ActionRecord action) {
        Optional<ObjectNode> applied =
                store.lastAppliedState(action.componentId()).map(text -> (ObjectNode) json.readTree(text));
        if (action.kind() != ActionKind.UPDATE || applied.isEmpty()) {
            return applied;
        }
        DesiredResource desired = resources.desiredResource(new ComponentId(action.componentId()));
        if (desired.resource() == null || desired.resource().payload() == null) {
            return applied;
        }
        ObjectNode withCloud = applied.get();
        Drift.between(desired.desiredState(), desired.resource().payload())
                .forEach(d -> withCloud.set(d.name(), d.actual()));
        return Optional.of(withCloud);
    }

    @Override
    public void recordResource(ActionRecord action, ResourceState state, ObjectNode appliedDesiredState) {
        store.saveAppliedState(action.id(), json.writeValueAsString(appliedDesiredState));
        ResourceData data = state.exists()
                ? new ResourceData(state.identifier(), ResourceStatus.OK, null, state.properties(), state.properties())
                : new ResourceData(
                        null, ResourceStatus.MISSING, "The resource no longer exists in the cloud", null, null);
        record(action, data);
    }

    @Override
    public void forgetResource(ActionRecord action) {
        record(action, null);
    }

    @Override
    public void recordFailure(ActionRecord action, String message) {
        try {
            resources.recordFailure(new ComponentId(action.componentId()), message);
        } catch (UnknownComponentException deletedFromHead) {
            // A failed delete of a component already merged away: the failure lives on the action itself.
        }
    }

    private void record(ActionRecord action, ResourceData data) {
        try {
            resources.recordResource(new ComponentId(action.componentId()), data);
        } catch (UnknownComponentException deletedFromHead) {
            // Deleted or erased components are no longer on HEAD: there is nothing left to record on.
        }
    }

    private DeletedResource deleted(ActionRecord action) {
        return store.deletedResource(action.id())
                .map(deletedResources::read)
                .orElseThrow(() -> new ProviderException(
                        "Nothing was captured for the delete of " + action.componentName(), false, null));
    }
}
