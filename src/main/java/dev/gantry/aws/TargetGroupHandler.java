package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** AWS::ElasticLoadBalancingV2::TargetGroup. */
final class TargetGroupHandler implements ResourceHandler {

    private static final Set<String> HEALTH_CHECK = Set.of(
            "HealthCheckEnabled",
            "HealthCheckIntervalSeconds",
            "HealthCheckPath",
            "HealthCheckPort",
            "HealthCheckProtocol",
            "HealthCheckTimeoutSeconds",
            "HealthyThresholdCount",
            "UnhealthyThresholdCount",
            "Matcher");

    private final AwsClients clients;

    TargetGroupHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        Desired d = Desired.of(request.desiredState());
        String name = d.text("Name").orElseGet(() -> ClientTokens.generatedName(request, 32));
        List<String> candidates = AwsErrors.unlessNotFound(
                        () -> elb.describeTargetGroups(r -> r.names(name)).targetGroups().stream()
                                .map(TargetGroup::targetGroupArn)
                                .toList())
                .orElse(List.of());
        String arn = ElbTags.findOwned(elb, candidates, request)
                .orElseGet(() -> elb.createTargetGroup(createRequest(request, name, d))
                        .targetGroups()
                        .getFirst()
                        .targetGroupArn());
        request.created(arn);
        return read(request, arn);
    }

    @Override
    public ResourceState read(ResourceRequest request, String arn) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        return describe(elb, arn)
                .map(tg -> StateBuilder.of(tg.targetGroupArn())
                        .put("TargetGroupArn", tg.targetGroupArn())
                        .put("TargetGroupName", tg.targetGroupName())
                        .put("TargetGroupFullName", fullName(tg.targetGroupArn()))
                        .put("Name", tg.targetGroupName())
                        .putStrings("LoadBalancerArns", tg.loadBalancerArns())
                        .put("Port", tg.port())
                        .put("Protocol", tg.protocolAsString())
                        .put("ProtocolVersion", tg.protocolVersion())
                        .put("VpcId", tg.vpcId())
                        .put("TargetType", tg.targetTypeAsString())
                        .put("IpAddressType", tg.ipAddressTypeAsString())
                        .put("HealthCheckEnabled", tg.healthCheckEnabled())
                        .put("HealthCheckIntervalSeconds", tg.healthCheckIntervalSeconds())
                        .put("HealthCheckPath", tg.healthCheckPath())
                        .put("HealthCheckPort", tg.healthCheckPort())
                        .put("HealthCheckProtocol", tg.healthCheckProtocolAsString())
                        .put("HealthCheckTimeoutSeconds", tg.healthCheckTimeoutSeconds())
                        .put("HealthyThresholdCount", tg.healthyThresholdCount())
                        .put("UnhealthyThresholdCount", tg.unhealthyThresholdCount())
                        .put(
                                "Matcher",
                                tg.matcher() == null || tg.matcher().httpCode() == null
                                        ? null
                                        : Desired.newObject()
                                                .put("HttpCode", tg.matcher().httpCode()))
                        .putTags(ElbTags.read(elb, arn))
                        .put("TargetHealth", targetHealth(elb, arn))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    /** What the load balancer thinks of each registered target, as a user checks it after a deploy. */
    private static ArrayNode targetHealth(ElasticLoadBalancingV2Client elb, String arn) {
        ArrayNode targets = Desired.newObject().arrayNode();
        AwsErrors.unlessNotFound(() ->
                        elb.describeTargetHealth(r -> r.targetGroupArn(arn)).targetHealthDescriptions())
                .orElse(List.of())
                .forEach(t -> {
                    ObjectNode target = targets.addObject().put("Id", t.target().id());
                    if (t.target().port() != null) {
                        target.put("Port", t.target().port());
                    }
                    if (t.targetHealth() != null) {
                        target.put("State", t.targetHealth().stateAsString());
                        if (t.targetHealth().reason() != null) {
                            target.put("Reason", t.targetHealth().reasonAsString());
                        }
                        if (t.targetHealth().description() != null) {
                            target.put("Description", t.targetHealth().description());
                        }
                    }
                });
        return targets;
    }

    @Override
    public ResourceState update(ResourceRequest request, String arn, ObjectNode previous) {
        Set<String> updatable = new java.util.HashSet<>(HEALTH_CHECK);
        updatable.add("Tags");
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(updatable);
        Desired d = Desired.of(request.desiredState());
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        ModifyTargetGroupRequest.Builder modify = ModifyTargetGroupRequest.builder()
                .targetGroupArn(arn)
                .healthCheckEnabled(d.bool("HealthCheckEnabled").orElse(null))
                .healthCheckIntervalSeconds(
                        d.integer("HealthCheckIntervalSeconds").orElse(null))
                .healthCheckPath(d.text("HealthCheckPath").orElse(null))
                .healthCheckPort(d.text("HealthCheckPort").orElse(null))
                .healthCheckProtocol(d.text("HealthCheckProtocol").orElse(null))
                .healthCheckTimeoutSeconds(
                        d.integer("HealthCheckTimeoutSeconds").orElse(null))
                .healthyThresholdCount(d.integer("HealthyThresholdCount").orElse(null))
                .unhealthyThresholdCount(d.integer("UnhealthyThresholdCount").orElse(null));
        httpCode(d).ifPresent(code -> modify.matcher(m -> m.httpCode(code)));
        elb.modifyTargetGroup(modify.build());
        ElbTags.update(elb, arn, previous, request.desiredState());
        return read(request, arn);
    }

    @Override
    public void delete(ResourceRequest request, String arn) {
        AwsErrors.ignoringNotFound(() -> clients.elb(request.context()).deleteTargetGroup(r -> r.targetGroupArn(arn)));
    }

    private static CreateTargetGroupRequest createRequest(ResourceRequest request, String name, Desired d) {
        CreateTargetGroupRequest.Builder create = CreateTargetGroupRequest.builder()
                .name(name)
                .port(d.integer("Port").orElse(null))
                .protocol(d.text("Protocol").orElse(null))
                .protocolVersion(d.text("ProtocolVersion").orElse(null))
                .vpcId(d.text("VpcId").orElse(null))
                .targetType(d.text("TargetType").orElse(null))
                .ipAddressType(d.text("IpAddressType").orElse(null))
                .healthCheckEnabled(d.bool("HealthCheckEnabled").orElse(null))
                .healthCheckIntervalSeconds(
                        d.integer("HealthCheckIntervalSeconds").orElse(null))
                .healthCheckPath(d.text("HealthCheckPath").orElse(null))
                .healthCheckPort(d.text("HealthCheckPort").orElse(null))
                .healthCheckProtocol(d.text("HealthCheckProtocol").orElse(null))
                .healthCheckTimeoutSeconds(
                        d.integer("HealthCheckTimeoutSeconds").orElse(null))
                .healthyThresholdCount(d.integer("HealthyThresholdCount").orElse(null))
                .unhealthyThresholdCount(d.integer("UnhealthyThresholdCount").orElse(null))
                .tags(ElbTags.forCreate(request));
        httpCode(d).ifPresent(code -> create.matcher(m -> m.httpCode(code)));
        return create.build();
    }

    private static Optional<String> httpCode(Desired d) {
        return d.object("Matcher").flatMap(m -> m.text("HttpCode"));
    }

    private static Optional<TargetGroup> describe(ElasticLoadBalancingV2Client elb, String arn) {
        return AwsErrors.unlessNotFound(() ->
                        elb.describeTargetGroups(r -> r.targetGroupArns(arn)).targetGroups())
                .flatMap(groups -> groups.stream().findFirst());
    }

    private static String fullName(String arn) {
        int at = arn.indexOf(":targetgroup/");
        return at < 0 ? null : arn.substring(at + 1);
    }
}
