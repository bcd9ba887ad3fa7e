package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.DeploymentRolloutState;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceEvent;

/**
 * Waits, when configured to, until an ECS service has reached a steady state (one deployment, as many tasks running
 * as desired), as CloudFormation does and as the ECS how-to's user checks by hand. Off against emulators, where tasks
 * never run. A failed rollout or the timeout fails the action with ECS's own latest event, and the service stays
 * recorded, so retry waits again and delete removes it.
 */
final class EcsSteadyState {

    private final Poller poller;
    private final AwsProperties properties;

    EcsSteadyState(AwsProperties properties) {
        this.poller = new Poller(properties.pollInterval(), properties.ecs().steadyStateTimeout());
        this.properties = properties;
    }

    /** An endpoint override (global or the component's own) means an emulator, unless configured otherwise. */
    boolean enabled(ResourceRequest request) {
        boolean emulator = properties.endpointOverride().isPresent()
                || request.context().endpoint().isPresent();
        return properties.ecs().waitsForSteadyState(emulator);
    }

    void await(ResourceRequest request, EcsClient ecs, String cluster, String service) {
        if (!enabled(request)) {
            return;
        }
        AtomicReference<Service> last = new AtomicReference<>();
        try {
            poller.untilTrue("ECS service " + service + " to reach a steady state", () -> {
                Service current = ecs.describeServices(r -> r.cluster(cluster).services(service)).services().stream()
                        .findFirst()
                        .orElse(null);
                last.set(current);
                return current != null && steady(current);
            });
        } catch (ProviderException timedOut) {
            if (!timedOut.retryable()) {
                throw timedOut; // a failed rollout, already in ECS's words
            }
            throw new ProviderException(timedOut.getMessage() + describe(last.get()), false, timedOut);
        }
    }

    private static boolean steady(Service service) {
        Optional<Deployment> primary = service.deployments().stream()
                .filter(d -> "PRIMARY".equals(d.status()))
                .findFirst();
        if (primary.map(Deployment::rolloutState)
                .filter(DeploymentRolloutState.FAILED::equals)
                .isPresent()) {
            throw new ProviderException(
                    "ECS service " + service.serviceName() + " failed to deploy: "
                            + primary.get().rolloutStateReason() + describe(service),
                    false,
                    null);
        }
        return service.deployments().size() == 1
                && service.desiredCount() != null
                && service.desiredCount().equals(service.runningCount());
    }

    private static String describe(Service service) {
        if (service == null) {
            return "";
        }
        String event =
                service.events().stream().findFirst().map(ServiceEvent::message).orElse("no events yet");
        return " (running " + service.runningCount() + ", pending " + service.pendingCount() + " of "
                + service.desiredCount() + " desired; latest event: " + event + ")";
    }
}
