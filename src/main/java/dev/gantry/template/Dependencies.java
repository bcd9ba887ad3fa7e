package dev.gantry.template;

import dev.gantry.model.Component;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Connection;
import dev.gantry.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code DependsOn} a template needs where the references do not show the order, which Gantry's own apply knows
 * (see {@code action.AttachmentOrdering}): a route through an internet gateway waits for the gateway's attachment
 * to the VPC, and an ECS service behind a load balancer waits for the listener that forwards to its target group
 * (ECS refuses a target group that no load balancer uses yet).
 */
final class Dependencies {

    private static final String ROUTE = "AWS::EC2::Route";
    private static final String ATTACHMENT = "AWS::EC2::VPCGatewayAttachment";
    private static final String SERVICE = "AWS::ECS::Service";
    private static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";

    private Dependencies() {}

    static List<String> of(
            Model model, Component c, Map<ComponentId, String> ids, Map<ComponentId, TemplateShape> shapes) {
        Set<ComponentId> before = new LinkedHashSet<>();
        if (c.assetName().equals(ROUTE)) {
            for (ComponentId gateway : sources(model, c.id(), "Gateway Id")) {
                consumers(model, gateway).stream()
                        .filter(consumer -> model.require(consumer).assetName().equals(ATTACHMENT))
                        .forEach(before::add);
            }
        }
        if (c.assetName().equals(SERVICE)) {
            Set<ComponentId> targetGroups = new LinkedHashSet<>();
            sources(model, c.id(), "Load Balancers")
                    .forEach(config -> targetGroups.addAll(sources(model, config, "Target Group Arn")));
            for (ComponentId targetGroup : targetGroups) {
                for (ComponentId action : consumers(model, targetGroup)) {
                    consumers(model, action).stream()
                            .filter(listener ->
                                    model.require(listener).assetName().equals(LISTENER))
                            .forEach(before::add);
                }
            }
        }
        List<String> dependsOn = new ArrayList<>();
        before.stream()
                .filter(id -> shapes.get(id) == TemplateShape.RESOURCE && ids.containsKey(id))
                .forEach(id -> dependsOn.add(ids.get(id)));
        return dependsOn;
    }

    private static List<ComponentId> sources(Model model, ComponentId id, String input) {
        return model.connectionsInto(id).stream()
                .filter(c -> c.input().equalsIgnoreCase(input))
                .map(Connection::from)
                .toList();
    }

    private static List<ComponentId> consumers(Model model, ComponentId source) {
        return model.connections().stream()
                .filter(c -> c.from().equals(source))
                .map(Connection::to)
                .distinct()
                .toList();
    }
}
