package dev.gantry.aws;

import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A listener's DefaultActions between CloudFormation's shape and ELBv2's (forward, redirect, fixed-response). */
final class ListenerActions {

    private ListenerActions() {}

    static List<Action> toSdk(List<Desired> actions) {
        return actions.stream().map(ListenerActions::toSdk).toList();
    }

    static ArrayNode fromSdk(List<Action> actions) {
        ArrayNode array = Desired.newObject().arrayNode();
        actions.forEach(action -> array.add(fromSdk(action)));
        return array;
    }

    private static Action toSdk(Desired action) {
        Action.Builder sdk = Action.builder()
                .type(action.required("Type"))
                .order(action.integer("Order").orElse(null))
                .targetGroupArn(action.text("TargetGroupArn").orElse(null));
        action.object("ForwardConfig")
                .ifPresent(forward -> sdk.forwardConfig(f -> f.targetGroups(forward.objects("TargetGroups").stream()
                        .map(tg -> TargetGroupTuple.builder()
                                .targetGroupArn(tg.required("TargetGroupArn"))
                                .weight(tg.integer("Weight").orElse(null))
                                .build())
                        .toList())));
        action.object("RedirectConfig")
                .ifPresent(redirect -> sdk.redirectConfig(
                        r -> r.protocol(redirect.text("Protocol").orElse(null))
                                .port(redirect.text("Port").orElse(null))
                                .host(redirect.text("Host").orElse(null))
                                .path(redirect.text("Path").orElse(null))
                                .query(redirect.text("Query").orElse(null))
                                .statusCode(redirect.required("StatusCode"))));
        action.object("FixedResponseConfig")
                .ifPresent(fixed -> sdk.fixedResponseConfig(r -> r.statusCode(fixed.required("StatusCode"))
                        .contentType(fixed.text("ContentType").orElse(null))
                        .messageBody(fixed.text("MessageBody").orElse(null))));
        return sdk.build();
    }

    private static ObjectNode fromSdk(Action action) {
        ObjectNode node = Desired.newObject().put("Type", action.typeAsString());
        if (action.order() != null) {
            node.put("Order", action.order());
        }
        if (action.targetGroupArn() != null) {
            node.put("TargetGroupArn", action.targetGroupArn());
        }
        if (action.redirectConfig() != null) {
            node.putObject("RedirectConfig")
                    .put("StatusCode", action.redirectConfig().statusCodeAsString())
                    .put("Protocol", action.redirectConfig().protocol())
                    .put("Port", action.redirectConfig().port());
        }
        if (action.fixedResponseConfig() != null) {
            node.putObject("FixedResponseConfig")
                    .put("StatusCode", action.fixedResponseConfig().statusCode())
                    .put("ContentType", action.fixedResponseConfig().contentType())
                    .put("MessageBody", action.fixedResponseConfig().messageBody());
        }
        return node;
    }
}
