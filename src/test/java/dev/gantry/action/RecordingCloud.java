package dev.gantry.action;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A provider for engine tests that keeps its resources in memory, honours idempotency tokens as a real cloud
 * does, and can be told to fail or to stall a component's calls. It records every call and the highest
 * number of calls in flight at once.
 */
class RecordingCloud implements ResourceProvider {

    final Map<String, ObjectNode> resources = new ConcurrentHashMap<>();
    final Map<String, String> resourceByToken = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Map<String, CountDownLatch> stalled = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile long latencyMillis = 20;

    @Override
    public boolean supports(String resourceType) {
        return resourceType.startsWith("AWS::Test::");
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        return call("create " + name(request), request, () -> {
            String id = resourceByToken.computeIfAbsent(
                    request.idempotencyToken(), t -> name(request) + "-" + (resources.size() + 1));
            resources.putIfAbsent(id, request.desiredState().deepCopy());
            return state(id);
        });
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        return call(
                "read " + name(request),
                request,
                () -> resources.containsKey(identifier) ? state(identifier) : ResourceState.missing());
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previousDesiredState) {
        return call("update " + name(request), request, () -> {
            resources.put(identifier, request.desiredState().deepCopy());
            return state(identifier);
        });
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        call("delete " + name(request), request, () -> resources.remove(identifier));
    }

    long creates(String component) {
        return calls.stream().filter(c -> c.equals("create " + component)).count();
    }

    private <T> T call(String what, ResourceRequest request, java.util.function.Supplier<T> effect) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            calls.add(what);
            awaitRelease(name(request));
            sleep(latencyMillis);
            if (failing.contains(name(request))) {
                throw new ProviderException(
                        "InvalidParameterValue: " + name(request) + " is misconfigured", false, null);
            }
            return effect.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void awaitRelease(String component) {
        CountDownLatch latch = stalled.get(component);
        if (latch != null) {
            try {
                latch.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderException("interrupted", true, e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException("interrupted", true, e);
        }
    }

    private static String name(ResourceRequest request) {
        return request.desiredState().path("Name").asString();
    }

    private ResourceState state(String id) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.setAll(resources.get(id));
        properties.put("Id", id);
        return new ResourceState(id, properties);
    }
}
