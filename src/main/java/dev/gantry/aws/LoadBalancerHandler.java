package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerStateEnum;
import tools.jackson.databind.node.ObjectNode;

/** AWS::ElasticLoadBalancingV2::LoadBalancer. Waits until active, and until gone on delete. */
final class LoadBalancerHandler implements ResourceHandler {

    private final AwsClients clients;
    private final Poller poller;

    LoadBalancerHandler(AwsClients clients, Poller poller) {
        this.clients = clients;
        this.poller = poller;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        Desired desired = Desired.of(request.desiredState());
        String name = desired.text("Name").orElseGet(() -> ClientTokens.generatedName(request, 32));
        List<String> candidates = AwsErrors.unlessNotFound(
                        () -> elb.describeLoadBalancers(r -> r.names(name)).loadBalancers().stream()
                                .map(LoadBalancer::loadBalancerArn)
                                .toList())
                .orElse(List.of());
        String arn = ElbTags.findOwned(elb, candidates, request)
                .orElseGet(() -> elb.createLoadBalancer(r -> r.name(name)
                                .type(desired.text("Type").orElse(null))
                                .scheme(desired.text("Scheme").orElse(null))
                                .ipAddressType(desired.text("IpAddressType").orElse(null))
                                .subnets(desired.strings("Subnets"))
                                .securityGroups(desired.strings("SecurityGroups"))
                                .tags(ElbTags.forCreate(request)))
                        .loadBalancers()
                        .getFirst()
                        .loadBalancerArn());
        request.created(arn);
        poller.untilTrue(
                "load balancer " + name + " to become active",
                () -> describe(elb, arn).map(LoadBalancerHandler::isActive).orElse(false));
        return read(request, arn);
    }

    @Override
    public ResourceState read(ResourceRequest request, String arn) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        return describe(elb, arn)
                .map(lb -> StateBuilder.of(lb.loadBalancerArn())
                        .put("LoadBalancerArn", lb.loadBalancerArn())
                        .put("DNSName", lb.dnsName())
                        .put("CanonicalHostedZoneID", lb.canonicalHostedZoneId())
                        .put("LoadBalancerName", lb.loadBalancerName())
                        .put("LoadBalancerFullName", fullName(lb.loadBalancerArn()))
                        .put("Name", lb.loadBalancerName())
                        .put("Type", lb.typeAsString())
                        .put("Scheme", lb.schemeAsString())
                        .put("IpAddressType", lb.ipAddressTypeAsString())
                        .putStrings("SecurityGroups", lb.securityGroups())
                        .putStrings(
                                "Subnets",
                                lb.availabilityZones().stream()
                                        .map(AvailabilityZone::subnetId)
                                        .toList())
                        .putTags(ElbTags.read(elb, arn))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String arn, ObjectNode previous) {
        Changes changes = Changes.between(request.resourceType(), previous, request.desiredState());
        changes.requireOnly(Set.of("SecurityGroups", "Subnets", "IpAddressType", "Tags"));
        Desired desired = Desired.of(request.desiredState());
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        if (changes.has("SecurityGroups")) {
            elb.setSecurityGroups(r -> r.loadBalancerArn(arn).securityGroups(desired.strings("SecurityGroups")));
        }
        if (changes.has("Subnets")) {
            elb.setSubnets(r -> r.loadBalancerArn(arn).subnets(desired.strings("Subnets")));
        }
        if (changes.has("IpAddressType")) {
            elb.setIpAddressType(r -> r.loadBalancerArn(arn).ipAddressType(desired.required("IpAddressType")));
        }
        ElbTags.update(elb, arn, previous, request.desiredState());
        return read(request, arn);
    }

    @Override
    public void delete(ResourceRequest request, String arn) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        AwsErrors.ignoringNotFound(() -> elb.deleteLoadBalancer(r -> r.loadBalancerArn(arn)));
        // Its network interfaces hold the subnets and security groups until it is really gone.
        poller.untilTrue("load balancer to be deleted", () -> describe(elb, arn).isEmpty());
    }

    private static boolean isActive(LoadBalancer lb) {
        if (lb.state() != null && lb.state().code() == LoadBalancerStateEnum.FAILED) {
            throw new ProviderException("Load balancer failed: " + lb.state().reason(), false, null);
        }
        return lb.state() == null || lb.state().code() == LoadBalancerStateEnum.ACTIVE;
    }

    private static Optional<LoadBalancer> describe(ElasticLoadBalancingV2Client elb, String arn) {
        return AwsErrors.unlessNotFound(() ->
                        elb.describeLoadBalancers(r -> r.loadBalancerArns(arn)).loadBalancers())
                .flatMap(lbs -> lbs.stream().findFirst());
    }

    /** CloudFormation's LoadBalancerFullName: the ARN after "loadbalancer/" (app/name/id). */
    private static String fullName(String arn) {
        int at = arn.indexOf(":loadbalancer/");
        return at < 0 ? null : arn.substring(at + ":loadbalancer/".length());
    }
}
