package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the inputs of a component that connections should feed from a resource attribute but cannot yet. A
 * sub-component (a container definition feeding its task definition's whole value) has no resource of its own, so
 * its gaps are its consumer's gaps too and are followed through.
 */
final class UnresolvedInputs {

    private final Model model;
    private final ValueResolver resolver;
    private final Set<ComponentId> visited = new HashSet<>();
    private final List<UnresolvedInput> found = new ArrayList<>();

    private UnresolvedInputs(Model model, ValueResolver resolver) {
        this.model = model;
        this.resolver = resolver;
    }

    static List<UnresolvedInput> of(Model model, ValueResolver resolver, ComponentId id) {
        UnresolvedInputs inputs = new UnresolvedInputs(model, resolver);
        inputs.collect(model.require(id));
        return List.copyOf(inputs.found);
    }

    private void collect(Component consumer) {
        if (!visited.add(consumer.id())) {
            return;
        }
        Asset asset = model.asset(consumer);
        FrameRules.Inbound inbound = resolver.inbound(consumer.id());
        for (Socket input : asset.inputs()) {
            List<Connection> connections = inbound.byInput().get(input.name());
            if (connections != null && fedByConnections(consumer, input)) {
                connections.forEach(c -> check(consumer, input, c));
            }
        }
    }

    /** Context inputs (Region, AWS Credential) are not sent as properties; a manual value beats every connection. */
    private static boolean fedByConnections(Component consumer, Socket input) {
        if (input.source() == Socket.SocketSource.CONTEXT || input.property() == null) {
            return false;
        }
        PropertyPath path = PropertyPath.of(input.property());
        return path.get(consumer.domain()) == null && !consumer.secrets().has(path.top());
    }

    private void check(Component consumer, Socket input, Connection connection) {
        Component producer = model.find(connection.from()).orElse(null);
        Socket output = producer == null
                ? null
                : model.asset(producer).output(connection.output()).orElse(null);
        if (output == null) {
            return;
        }
        if (output.source() == Socket.SocketSource.ATTRIBUTE) {
            if (resolver.outputValue(producer.id(), output.name()) == null) {
                found.add(new UnresolvedInput(
                        input.property(),
                        consumer.name(),
                        producer.id(),
                        producer.name(),
                        output.property(),
                        producer.resource() != null && producer.resource().exists()));
            }
        } else if (model.asset(producer).resourceType().isEmpty()) {
            collect(producer);
        }
    }
}
