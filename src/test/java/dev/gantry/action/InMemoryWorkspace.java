package dev.gantry.action;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HEAD for engine tests: components named by their id, whose desired state names what they consume, so that
 * the test can check that an upstream resource's id arrived (late binding) before its consumer was created.
 */
class InMemoryWorkspace implements ApplyWorkspace {

    final Map<UUID, String> names = new ConcurrentHashMap<>();
    final Map<UUID, UUID> consumes = new ConcurrentHashMap<>();
    final Map<UUID, ResourceState> recorded = new ConcurrentHashMap<>();
    final Map<UUID, ObjectNode> applied = new ConcurrentHashMap<>();
    final Map<UUID, String> failures = new ConcurrentHashMap<>();
    /** Per component: how many more requests find an input without a value, and whether its producer is under way. */
    final Map<UUID, java.util.concurrent.atomic.AtomicInteger> unresolvedFor = new ConcurrentHashMap<>();

    volatile boolean producerPending = true;

    UUID component(String name) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        names.put(id, name);
        return id;
    }

    @Override
    public ResourceRequest request(ActionRecord action, String idempotencyToken) {
        UUID componentId = action.componentId();
        java.util.concurrent.atomic.AtomicInteger unresolved = unresolvedFor.get(componentId);
        if (unresolved != null && unresolved.getAndDecrement() > 0) {
            throw new UnresolvedInputException(
                    List.of(new dev.gantry.model.UnresolvedInput(
                            "TopicArn",
                            names.get(componentId),
                            new dev.gantry.model.ComponentId(UUID.randomUUID()),
                            "probe-topic",
                            "TopicArn",
                            !producerPending)),
                    producerPending);
        }
        ObjectNode desired = JsonNodeFactory.instance.objectNode().put("Name", names.get(componentId));
        UUID producer = consumes.get(componentId);
        if (producer != null) {
            ResourceState upstream = recorded.get(producer);
            desired.put("Upstream", upstream == null ? null : upstream.identifier());
        }
        return new ResourceRequest(
                "AWS::Test::Thing",
                componentId.toString(),
                idempotencyToken,
                desired,
                new CloudContext("us-east-1", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Override
    public Optional<String> resourceIdentifier(ActionRecord action) {
        return Optional.ofNullable(recorded.get(action.componentId())).map(ResourceState::identifier);
    }

    @Override
    public Optional<String> importedIdentifier(ActionRecord action) {
        return Optional.empty();
    }

    @Override
    public Optional<ObjectNode> appliedState(ActionRecord action) {
        return Optional.ofNullable(applied.get(action.componentId()));
    }

    @Override
    public void recordResource(ActionRecord action, ResourceState state, ObjectNode appliedDesiredState) {
        recorded.put(action.componentId(), state);
        applied.put(action.componentId(), appliedDesiredState);
        failures.remove(action.componentId());
    }

    @Override
    public void forgetResource(ActionRecord action) {
        recorded.remove(action.componentId());
        applied.remove(action.componentId());
    }

    @Override
    public void recordFailure(ActionRecord action, String message) {
        failures.put(action.componentId(), message);
    }
}
