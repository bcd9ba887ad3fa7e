package dev.gantry.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ordering the data flow does not show: a gateway is usable only once it is attached to its VPC, so whatever
 * else consumes a gateway (a route to the internet) waits for the gateway's attachment. CloudFormation users
 * write this as an explicit DependsOn; Gantry knows it.
 */
final class AttachmentOrdering {

    private static final Set<String> ATTACHMENTS = Set.of("AWS::EC2::VPCGatewayAttachment");
    private static final Set<String> GATEWAYS = Set.of("AWS::EC2::InternetGateway", "AWS::EC2::VPNGateway");

    private AttachmentOrdering() {}

    /** The data flow plus attachment → consumer pairs for every gateway attached in this plan. */
    static List<PlanInput.DataFlow> withAttachments(PlanInput input) {
        Map<UUID, PlanInput.Change> changes = input.changes().stream()
                .collect(Collectors.toMap(PlanInput.Change::componentId, Function.identity(), (a, b) -> a));
        List<PlanInput.DataFlow> flow = new ArrayList<>(input.dataFlow());
        for (PlanInput.DataFlow attaches : input.dataFlow()) {
            if (isCreated(changes.get(attaches.consumer()), ATTACHMENTS)
                    && isCreated(changes.get(attaches.producer()), GATEWAYS)) {
                input.dataFlow().stream()
                        .filter(f -> f.producer().equals(attaches.producer())
                                && !f.consumer().equals(attaches.consumer()))
                        .forEach(f -> flow.add(new PlanInput.DataFlow(attaches.consumer(), f.consumer())));
            }
        }
        return flow;
    }

    private static boolean isCreated(PlanInput.Change change, Set<String> types) {
        return change != null
                && change.kind() == ActionKind.CREATE
                && change.resourceType() != null
                && types.stream().anyMatch(t -> t.equalsIgnoreCase(change.resourceType()));
    }
}
