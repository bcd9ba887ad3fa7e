package dev.gantry.aws;

import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.ecs.model.LoadBalancer;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An ECS service's NetworkConfiguration and LoadBalancers between CloudFormation's shape and ECS's. */
final class EcsServiceShapes {

    private EcsServiceShapes() {}

    static NetworkConfiguration networkConfiguration(Desired d) {
        return d.object("NetworkConfiguration")
                .flatMap(n -> n.object("AwsvpcConfiguration"))
                .map(vpc -> NetworkConfiguration.builder()
                        .awsvpcConfiguration(a -> a.subnets(vpc.strings("Subnets"))
                                .securityGroups(vpc.strings("SecurityGroups"))
                                .assignPublicIp(vpc.text("AssignPublicIp").orElse(null)))
                        .build())
                .orElse(null);
    }

    static List<LoadBalancer> loadBalancers(Desired d) {
        List<LoadBalancer> loadBalancers = d.objects("LoadBalancers").stream()
                .map(lb -> LoadBalancer.builder()
                        .containerName(lb.text("ContainerName").orElse(null))
                        .containerPort(lb.integer("ContainerPort").orElse(null))
                        .targetGroupArn(lb.text("TargetGroupArn").orElse(null))
                        .loadBalancerName(lb.text("LoadBalancerName").orElse(null))
                        .build())
                .toList();
        return loadBalancers.isEmpty() ? null : loadBalancers;
    }

    static @Nullable ObjectNode fromSdk(@Nullable NetworkConfiguration network) {
        if (network == null || network.awsvpcConfiguration() == null) {
            return null;
        }
        var vpc = network.awsvpcConfiguration();
        ObjectNode awsvpc = Desired.newObject();
        vpc.subnets().forEach(awsvpc.withArrayProperty("Subnets")::add);
        vpc.securityGroups().forEach(awsvpc.withArrayProperty("SecurityGroups")::add);
        if (vpc.assignPublicIp() != null) {
            awsvpc.put("AssignPublicIp", vpc.assignPublicIpAsString());
        }
        ObjectNode node = Desired.newObject();
        node.set("AwsvpcConfiguration", awsvpc);
        return node;
    }

    static ArrayNode fromSdk(List<LoadBalancer> loadBalancers) {
        ArrayNode array = Desired.newObject().arrayNode();
        loadBalancers.forEach(lb -> {
            ObjectNode node = array.addObject();
            if (lb.containerName() != null) {
                node.put("ContainerName", lb.containerName());
            }
            if (lb.containerPort() != null) {
                node.put("ContainerPort", lb.containerPort());
            }
            if (lb.targetGroupArn() != null) {
                node.put("TargetGroupArn", lb.targetGroupArn());
            }
        });
        return array.isEmpty() ? null : array;
    }
}
