package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which resources become down frames and which frame each resource sits in, from the references between
 * them ({@link ConnectionInference}), the way a user draws the reference workflow: subnets, route tables and
 * security groups inside their VPC; NAT gateways and their Elastic IPs inside their subnet; routes and
 * associations inside their route table; a listener inside its load balancer. Then it says which references the
 * frames now carry implicitly and which stay explicit edges.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>A resource's <b>container</b> is a resource of the same service that it references through a
 *       create-only, single-valued input: it cannot move away from it (a subnet's {@code VpcId}, a listener's
 *       {@code LoadBalancerArn}, an ingress rule's {@code GroupId}). Across services a reference is a use, not a
 *       part (a task definition's execution role), and rule 2 places it. With several candidates,
 *       {@link #PREFERRED_CONTAINER} names the one a user expects where the general rule cannot know; otherwise
 *       the most deeply nested candidate wins.</li>
 *   <li>A resource without a container joins the innermost frame shared by the resources it is connected to, a
 *       frame counting as its own inside (an internet gateway joins the VPC its attachment and routes are in, an
 *       Elastic IP the subnet of its NAT gateway, a target group the VPC it names, a load balancer the VPC of its
 *       subnets).</li>
 *   <li>Neither rule puts a resource in a frame that would feed an input it does not reference that frame
 *       through (a security group would fill its own ingress rule's source group): it goes one frame out.</li>
 *   <li>Every container becomes a down frame. A reference from a frame to a resource inside it is
 *       <b>implicit</b> when that frame is the nearest one with an output fitting the input and it has exactly
 *       one such output (then {@link FrameRules} feeds it); every other reference is an <b>explicit</b> edge.</li>
 * </ol>
 */
public final class Containment {

    /**
     * Where rule 1 finds several containers and the most nested one is not what a user draws: the input (raw
     * property name) whose producer is the container. A NAT gateway sits in its subnet, not with its Elastic IP;
     * an association and a route sit in their route table (the how-to's public route table frame), not in a
     * subnet or a NAT gateway; a gateway attachment sits in its VPC; an ingress or egress rule in the group it
     * belongs to, not its source group; a service in its cluster, not its role.
     */
    static final Map<String, String> PREFERRED_CONTAINER = Map.of(
            "AWS::EC2::NatGateway", "SubnetId",
            "AWS::EC2::SubnetRouteTableAssociation", "RouteTableId",
            "AWS::EC2::Route", "RouteTableId",
            "AWS::EC2::VPCGatewayAttachment", "VpcId",
            "AWS::EC2::SecurityGroupIngress", "GroupId",
            "AWS::EC2::SecurityGroupEgress", "GroupId",
            "AWS::ECS::Service", "Cluster");

    /**
     * @param parents   resource key → the key of the frame it sits in; absent at the top level
     * @param frames    the keys of the resources that become down frames
     * @param implicit  references a frame now carries (draw no edge, leave no manual value)
     * @param explicit  references to draw as edges
     */
    public record Placement(
            Map<String, String> parents,
            Set<String> frames,
            List<ConnectionInference.Reference> implicit,
            List<ConnectionInference.Reference> explicit) {

        public Placement {
            parents = Map.copyOf(parents);
            frames = Set.copyOf(frames);
            implicit = List.copyOf(implicit);
            explicit = List.copyOf(explicit);
        }

        /** Nothing placed, nothing referenced: one resource drawn where it is asked to go. */
        public static final Placement NONE = new Placement(Map.of(), Set.of(), List.of(), List.of());

        public Optional<String> parentOf(String key) {
            return Optional.ofNullable(parents.get(key));
        }

        /** Every reference, implicit or explicit: the inputs whose manual values the connections replace. */
        public List<ConnectionInference.Reference> all() {
            List<ConnectionInference.Reference> all = new ArrayList<>(implicit);
            all.addAll(explicit);
            return all;
        }
    }

    private final Map<String, Asset> assets;
    private final List<ConnectionInference.Reference> references;
    private final Map<String, String> parents = new HashMap<>();

    private Containment(Map<String, Asset> assets, List<ConnectionInference.Reference> references) {
        this.assets = assets;
        this.references = references.stream()
                .filter(r -> assets.containsKey(r.from()) && assets.containsKey(r.to()))
                .toList();
    }

    /** @param assets every resource by key, in the order it should be laid out */
    public static Placement place(Map<String, Asset> assets, List<ConnectionInference.Reference> references) {
        return new Containment(assets, references).placement();
    }

    private Placement placement() {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        assets.keySet().forEach(key -> candidates.put(key, containerCandidates(key)));
        candidates.keySet().forEach(key -> chooseContainer(key, candidates, new HashSet<>()));
        for (int pass = 0; pass < 2; pass++) {
            assets.keySet().stream().filter(k -> !parents.containsKey(k)).forEach(this::joinNeighbours);
        }
        Set<String> frames = new LinkedHashSet<>(parents.values());
        List<ConnectionInference.Reference> implicit = new ArrayList<>();
        List<ConnectionInference.Reference> explicit = new ArrayList<>();
        for (ConnectionInference.Reference r : references) {
            (carriedByFrame(r, frames) ? implicit : explicit).add(r);
        }
        return new Placement(parents, frames, implicit, explicit);
    }

    /** Rule 1's candidates: producers of create-only, single-valued inputs of the same service, preferred first. */
    private List<String> containerCandidates(String key) {
        Asset asset = assets.get(key);
        String preferred = PREFERRED_CONTAINER.get(asset.name());
        List<String> found = new ArrayList<>();
        for (ConnectionInference.Reference r : references) {
            if (!r.to().equals(key) || r.from().equals(key) || !anchoring(asset, r)) {
                continue;
            }
            if (r.property().equals(preferred)) {
                found.addFirst(r.from());
            } else if (!found.contains(r.from())) {
                found.add(r.from());
            }
        }
        if (preferred != null
                && !found.isEmpty()
                && references.stream()
                        .anyMatch(r -> r.to().equals(key) && r.property().equals(preferred))) {
            return List.of(found.getFirst());
        }
        return found;
    }

    private boolean anchoring(Asset asset, ConnectionInference.Reference r) {
        Optional<Socket> input = asset.input(r.input());
        Optional<Property> property = asset.property(r.property());
        return input.isPresent()
                && input.get().arity() == Socket.Arity.ONE
                && property.map(Property::createOnly).orElse(false)
                && service(asset.name()).equals(service(assets.get(r.from()).name()));
    }

    /** {@code AWS::EC2} of {@code AWS::EC2::Subnet}. */
    private static String service(String type) {
        int last = type.lastIndexOf("::");
        return last < 0 ? type : type.substring(0, last);
    }

    /** The most deeply nested candidate (after the candidates' own containers are chosen); never a cycle. */
    private void chooseContainer(String key, Map<String, List<String>> candidates, Set<String> visiting) {
        if (parents.containsKey(key) || !visiting.add(key)) {
            return;
        }
        String best = null;
        int bestDepth = -1;
        for (String candidate : candidates.getOrDefault(key, List.of())) {
            chooseContainer(candidate, candidates, visiting);
            if (insideOf(candidate, key) || feedsUnreferenced(candidate, key)) {
                continue;
            }
            int depth = depth(candidate);
            if (depth > bestDepth) {
                best = candidate;
                bestDepth = depth;
            }
        }
        if (best != null) {
            parents.put(key, best);
        }
        visiting.remove(key);
    }

    /**
     * Rule 2: the innermost frame around all the resources this one is connected to (outside itself), a frame
     * counting as its own inside: a target group referencing a VPC joins the VPC frame.
     */
    private void joinNeighbours(String key) {
        List<String> anchors = new ArrayList<>();
        for (ConnectionInference.Reference r : references) {
            String other = r.from().equals(key) ? r.to() : r.to().equals(key) ? r.from() : null;
            if (other == null || other.equals(key) || insideOf(other, key)) {
                continue;
            }
            String anchor = parents.containsValue(other) ? other : parents.get(other);
            if (anchor == null) {
                return; // connected to something at the top level: it stays there too
            }
            anchors.add(anchor);
        }
        String shared = anchors.isEmpty() ? null : anchors.getFirst();
        for (String anchor : anchors) {
            shared = commonAncestor(shared, anchor);
        }
        while (shared != null && feedsUnreferenced(shared, key)) {
            shared = parents.get(shared);
        }
        if (shared != null && !insideOf(shared, key)) {
            parents.put(key, shared);
        }
    }

    /**
     * Whether the frame (or one around it) would feed an input of the resource that the resource does not
     * reference it through: a security group as the frame of its ingress rule would fill the rule's source group
     * with the group itself. Such a frame is no place for it.
     */
    private boolean feedsUnreferenced(String frame, String key) {
        Asset asset = assets.get(key);
        for (Socket input : asset.inputs()) {
            if (input.source() != Socket.SocketSource.PROPERTY
                    || references.stream()
                            .anyMatch(r -> r.to().equals(key) && r.input().equals(input.name()))) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String at = frame; at != null && seen.add(at); at = parents.get(at)) {
                if (assets.get(at).outputs().stream().anyMatch(o -> SocketMatcher.fits(o, input))) {
                    return true;
                }
            }
        }
        return false;
    }

    private @Nullable String commonAncestor(@Nullable String a, String b) {
        Set<String> chainOfA = new HashSet<>();
        for (String at = a; at != null; at = parents.get(at)) {
            chainOfA.add(at);
        }
        for (String at = b; at != null; at = parents.get(at)) {
            if (chainOfA.contains(at)) {
                return at;
            }
        }
        return null;
    }

    /** Whether {@code key} is {@code frame} or (transitively) inside it. */
    private boolean insideOf(String key, String frame) {
        Set<String> seen = new HashSet<>();
        for (String at = key; at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(frame)) {
                return true;
            }
        }
        return false;
    }

    private int depth(String key) {
        int depth = 0;
        Set<String> seen = new HashSet<>();
        for (String at = parents.get(key); at != null && seen.add(at); at = parents.get(at)) {
            depth++;
        }
        return depth;
    }

    /** Rule 3, as {@link FrameRules} will decide it: the nearest frame with a fitting output feeds the input. */
    private boolean carriedByFrame(ConnectionInference.Reference r, Set<String> frames) {
        Optional<Socket> input = assets.get(r.to()).input(r.input());
        if (input.isEmpty() || input.get().arity() != Socket.Arity.ONE) {
            return false;
        }
        for (String frame = parents.get(r.to()); frame != null; frame = parents.get(frame)) {
            if (!frames.contains(frame)) {
                continue;
            }
            List<Socket> fitting = assets.get(frame).outputs().stream()
                    .filter(o -> SocketMatcher.fits(o, input.get()))
                    .toList();
            if (!fitting.isEmpty()) {
                return frame.equals(r.from())
                        && fitting.size() == 1
                        && Objects.equals(fitting.getFirst().name(), r.output());
            }
        }
        return false;
    }

    /** The assets of the resources by key, in their order: what {@link #place} takes. */
    public static Map<String, Asset> assetsOf(Collection<ConnectionInference.Resource> resources) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        resources.forEach(r -> assets.put(r.key(), r.asset()));
        return assets;
    }
}
