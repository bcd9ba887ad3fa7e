package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketAnnotations;
import dev.gantry.catalog.SocketMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds which output of one resource feeds which input of another, from the values they hold: an input whose value
 * equals the value an output of exactly one other resource carries, when that output fits the input by the
 * catalogue's socket rule ({@link SocketMatcher}). A subnet's {@code VpcId} equal to a VPC's {@code VpcId} gives
 * {@code Vpc Id → Vpc Id}; a route's {@code NatGatewayId} gives the NAT gateway's {@code Nat Gateway Id} output.
 * Nothing here is specific to a resource type: the catalogue's sockets and annotations decide. Used by discovery
 * (values read from the cloud) and by CloudFormation import (values a template's {@code Ref}s resolve to).
 */
public final class ConnectionInference {

    /**
     * One resource to connect.
     *
     * @param key        any id unique among the resources given (a cloud identifier, a template's logical id)
     * @param properties its properties in CloudFormation shape, as the cloud reports them
     * @param outputs    what its outputs carry, by the output's raw property or attribute name ({@code VpcId},
     *                   {@code Arn}, {@code LoadBalancerArn}): the identifier and read-only attributes
     */
    public record Resource(String key, Asset asset, ObjectNode properties, Map<String, String> outputs) {
        public Resource {
            outputs = Map.copyOf(outputs);
        }
    }

    /**
     * Input {@code input} of {@code to} (property path {@code property}) is fed by output {@code output} of {@code
     * from}. For an array input there is one reference per element, all of them found or none.
     */
    public record Reference(String from, String output, String to, String input, String property) {}

    private record Producer(String key, Socket output) {}

    private final Map<String, List<Producer>> byValue = new HashMap<>();

    private ConnectionInference(Collection<Resource> resources) {
        for (Resource r : resources) {
            for (Socket output : r.asset().outputs()) {
                String value = r.outputs().get(output.property());
                if (value != null && !value.isBlank()) {
                    byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(new Producer(r.key(), output));
                }
            }
        }
    }

    /** Every reference found among the resources, in the order of the resources and their inputs. */
    public static List<Reference> references(Collection<Resource> resources) {
        ConnectionInference inference = new ConnectionInference(resources);
        List<Reference> found = new ArrayList<>();
        for (Resource r : resources) {
            for (Socket input : r.asset().inputs()) {
                if (input.source() == Socket.SocketSource.PROPERTY && !special(input)) {
                    found.addAll(inference.referencesInto(r, input));
                }
            }
        }
        return found;
    }

    private List<Reference> referencesInto(Resource consumer, Socket input) {
        JsonNode value = at(consumer.properties(), input.propertyPath());
        if (value == null) {
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(elements::add);
        } else {
            elements.add(value);
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode element : elements) {
            Optional<Producer> producer =
                    element.isString() ? producerOf(element.asString(), consumer.key(), input) : Optional.empty();
            if (producer.isEmpty()) {
                return List.of(); // a value left manual beats any edge, so a partly connected array helps nobody
            }
            references.add(new Reference(
                    producer.get().key(),
                    producer.get().output().name(),
                    consumer.key(),
                    input.name(),
                    input.property()));
        }
        return references;
    }

    /** The one other resource with an output carrying the value and fitting the input; none when several do. */
    private Optional<Producer> producerOf(String value, String consumer, Socket input) {
        Map<String, Producer> byResource = new LinkedHashMap<>();
        for (Producer p : byValue.getOrDefault(value, List.of())) {
            if (!p.key().equals(consumer) && SocketMatcher.fits(p.output(), input)) {
                byResource.putIfAbsent(p.key(), p); // a security group's GroupId and Id: its first fitting output
            }
        }
        return byResource.size() == 1 ? byResource.values().stream().findFirst() : Optional.empty();
    }

    /** Policy documents and sub-asset arrays are fed by whole values, never by an identifier. */
    private static boolean special(Socket input) {
        return input.annotations().stream()
                .anyMatch(a -> a.equals(SocketAnnotations.POLICY_STATEMENT) || a.startsWith("Gantry::SubAsset["));
    }

    /** The value at a property path ({@code NetworkConfiguration.AwsvpcConfiguration.Subnets}), or null. */
    static @Nullable JsonNode at(ObjectNode properties, List<String> path) {
        JsonNode node = properties;
        for (String step : path) {
            node = node == null ? null : node.get(step);
        }
        return node == null || node.isNull() ? null : node;
    }

    /** A copy without the value at the path (empty parent objects go too): the connection will feed it now. */
    public static ObjectNode without(ObjectNode properties, String propertyPath) {
        ObjectNode copy = properties.deepCopy();
        removeAt(copy, List.of(propertyPath.split("\\.")));
        return copy;
    }

    private static void removeAt(ObjectNode node, List<String> path) {
        if (path.size() == 1) {
            node.remove(path.getFirst());
            return;
        }
        if (node.get(path.getFirst()) instanceof ObjectNode child) {
            removeAt(child, path.subList(1, path.size()));
            if (child.isEmpty()) {
                node.remove(path.getFirst());
            }
        }
    }
}
