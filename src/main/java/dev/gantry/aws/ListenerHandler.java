package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import tools.jackson.databind.node.ObjectNode;

/** AWS::ElasticLoadBalancingV2::Listener. */
final class ListenerHandler implements ResourceHandler {

    private final AwsClients clients;

    ListenerHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        Desired d = Desired.of(request.desiredState());
        String loadBalancerArn = d.required("LoadBalancerArn");
        List<String> candidates = elb.describeListeners(r -> r.loadBalancerArn(loadBalancerArn)).listeners().stream()
                .map(Listener::listenerArn)
                .toList();
        String arn = ElbTags.findOwned(elb, candidates, request)
                .orElseGet(() -> elb.createListener(r -> r.loadBalancerArn(loadBalancerArn)
                                .port(d.integer("Port").orElse(null))
                                .protocol(d.text("Protocol").orElse(null))
                                .sslPolicy(d.text("SslPolicy").orElse(null))
                                .certificates(certificates(d))
                                .defaultActions(ListenerActions.toSdk(d.objects("DefaultActions")))
                                .tags(ElbTags.forCreate(request)))
                        .listeners()
                        .getFirst()
                        .listenerArn());
        request.created(arn);
        return read(request, arn);
    }

    @Override
    public ResourceState read(ResourceRequest request, String arn) {
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        return describe(elb, arn)
                .map(listener -> StateBuilder.of(listener.listenerArn())
                        .put("ListenerArn", listener.listenerArn())
                        .put("LoadBalancerArn", listener.loadBalancerArn())
                        .put("Port", listener.port())
                        .put("Protocol", listener.protocolAsString())
                        .put("SslPolicy", listener.sslPolicy())
                        .put("DefaultActions", ListenerActions.fromSdk(listener.defaultActions()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String arn, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Port", "Protocol", "SslPolicy", "Certificates", "DefaultActions", "Tags"));
        Desired d = Desired.of(request.desiredState());
        ElasticLoadBalancingV2Client elb = clients.elb(request.context());
        elb.modifyListener(ModifyListenerRequest.builder()
                .listenerArn(arn)
                .port(d.integer("Port").orElse(null))
                .protocol(d.text("Protocol").orElse(null))
                .sslPolicy(d.text("SslPolicy").orElse(null))
                .certificates(certificates(d))
                .defaultActions(ListenerActions.toSdk(d.objects("DefaultActions")))
                .build());
        ElbTags.update(elb, arn, previous, request.desiredState());
        return read(request, arn);
    }

    @Override
    public void delete(ResourceRequest request, String arn) {
        AwsErrors.ignoringNotFound(() -> clients.elb(request.context()).deleteListener(r -> r.listenerArn(arn)));
    }

    private static List<Certificate> certificates(Desired d) {
        List<Certificate> certificates = d.objects("Certificates").stream()
                .map(c -> Certificate.builder()
                        .certificateArn(c.required("CertificateArn"))
                        .build())
                .toList();
        return certificates.isEmpty() ? null : certificates;
    }

    private static Optional<Listener> describe(ElasticLoadBalancingV2Client elb, String arn) {
        return AwsErrors.unlessNotFound(
                        () -> elb.describeListeners(r -> r.listenerArns(arn)).listeners())
                .flatMap(listeners -> listeners.stream().findFirst());
    }
}
