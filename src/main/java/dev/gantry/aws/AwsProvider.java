package dev.gantry.aws;

import dev.gantry.action.CloudContext;
import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceProvider;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import dev.gantry.aws.PropagationRule.Phase;
import dev.gantry.discovery.ResourceLister;
import dev.gantry.image.RegistryLogin;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AWS provider: native service clients for the types of the reference workflow and its VPC, the Cloud Control
 * API for every other CloudFormation type. Every failure comes out as a {@link ProviderException} in AWS's words.
 */
@Component
public class AwsProvider implements ResourceProvider, ResourceLister, AutoCloseable {

    /** Gantry's hand-written asset for an ECR repository policy (CloudFormation has no type of its own for it). */
    public static final String ECR_REPOSITORY_POLICY = "AWS ECR Private Repository Policy";

    private static final Pattern CLOUDFORMATION_TYPE = Pattern.compile("AWS::\\w+::\\w+");

    private final AwsClients clients;
    private final Map<String, ResourceHandler> nativeHandlers;
    private final CloudControlHandler cloudControl;
    private final PropagationRetry propagation;
    private final Inventory inventory;

    public AwsProvider(AwsProperties properties) {
        this.clients = new AwsClients(properties);
        Poller poller = new Poller(properties.pollInterval(), properties.pollTimeout());
        this.nativeHandlers = nativeHandlers(clients, poller, new EcsSteadyState(properties));
        this.cloudControl = new CloudControlHandler(clients, poller);
        this.propagation = new PropagationRetry(properties.propagation());
        this.inventory = new Inventory(clients);
    }

    @Override
    public java.util.List<String> nativeTypes() {
        return inventory.types();
    }

    /** Native describe calls where Gantry has a listing; Cloud Control's {@code ListResources} for the rest. */
    @Override
    public java.util.List<String> list(String resourceType, CloudContext context) {
        try {
            if (inventory.lists(resourceType)) {
                return inventory.list(resourceType, context);
            }
            if (!CLOUDFORMATION_TYPE.matcher(resourceType).matches()) {
                throw new ProviderException(resourceType + " is not an AWS resource type", false, null);
            }
            return clients
                    .cloudControl(context)
                    .listResourcesPaginator(r -> r.typeName(resourceType))
                    .resourceDescriptions()
                    .stream()
                    .map(d -> d.identifier())
                    .toList();
        } catch (RuntimeException e) {
            throw AwsErrors.translate(e);
        }
    }

    @Override
    public boolean supports(String resourceType) {
        return nativeHandlers.containsKey(key(resourceType))
                || CLOUDFORMATION_TYPE.matcher(resourceType).matches();
    }

    /** Whether the type is driven by a native client rather than Cloud Control. */
    public boolean isNative(String resourceType) {
        return nativeHandlers.containsKey(key(resourceType));
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        return call(Phase.CREATE, request, () -> {
            ResourceState state = handler(request).create(request);
            if (!state.exists()) {
                throw new NotVisibleYet(request.resourceType(), request.componentId());
            }
            return state;
        });
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        try {
            return handler(request).read(request, identifier);
        } catch (RuntimeException e) {
            throw AwsErrors.translate(e);
        }
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previousDesiredState) {
        return call(Phase.UPDATE, request, () -> handler(request).update(request, identifier, previousDesiredState));
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        call(Phase.DELETE, request, () -> {
            handler(request).delete(request, identifier);
            return Boolean.TRUE;
        });
    }

    /** How often each propagation rule was waited out since start ("EC2 CreateTags InvalidVpcID.NotFound" → 3). */
    public Map<String, Long> propagationRetries() {
        return propagation.retries();
    }

    private <T> T call(Phase phase, ResourceRequest request, Supplier<T> operation) {
        try {
            return propagation.run(
                    phase, request.resourceType() + " (component " + request.componentId() + ")", operation);
        } catch (RuntimeException e) {
            throw AwsErrors.translate(e);
        }
    }

    /**
     * ECR's {@code GetAuthorizationToken} for the account and region of the context, decoded into what {@code
     * docker login} takes (the how-to's {@code aws ecr get-login-password}).
     */
    public RegistryLogin registryLogin(CloudContext context) {
        try {
            AuthorizationData data = clients.ecr(context).getAuthorizationToken(r -> {}).authorizationData().stream()
                    .findFirst()
                    .orElseThrow(() -> new ProviderException("ECR answered no authorization data", false, null));
            return RegistryLogin.fromAuthorizationToken(
                    data.authorizationToken(), data.proxyEndpoint(), data.expiresAt());
        } catch (RuntimeException e) {
            throw AwsErrors.translate(e);
        }
    }

    @Override
    public void close() {
        clients.close();
    }

    private ResourceHandler handler(ResourceRequest request) {
        ResourceHandler handler = nativeHandlers.get(key(request.resourceType()));
        if (handler != null) {
            return handler;
        }
        if (!supports(request.resourceType())) {
            throw new ProviderException(request.resourceType() + " is not an AWS resource type", false, null);
        }
        return cloudControl;
    }

    /** Case-insensitive, so that loosely spelled names (AWS::EC2::NATGateway) find their handler. */
    private static String key(String resourceType) {
        return resourceType == null ? "" : resourceType.toLowerCase(Locale.ROOT);
    }

    private static Map<String, ResourceHandler> nativeHandlers(
            AwsClients clients, Poller poller, EcsSteadyState steadyState) {
        Map<String, ResourceHandler> handlers = new HashMap<>();
        handlers.put("AWS::EC2::VPC", new VpcHandler(clients));
        handlers.put("AWS::EC2::Subnet", new SubnetHandler(clients));
        handlers.put("AWS::EC2::InternetGateway", new InternetGatewayHandler(clients));
        handlers.put("AWS::EC2::VPCGatewayAttachment", new VpcGatewayAttachmentHandler(clients));
        handlers.put("AWS::EC2::RouteTable", new RouteTableHandler(clients));
        handlers.put("AWS::EC2::Route", new RouteHandler(clients));
        handlers.put("AWS::EC2::SubnetRouteTableAssociation", new SubnetRouteTableAssociationHandler(clients));
        handlers.put("AWS::EC2::EIP", new ElasticIpHandler(clients));
        handlers.put("AWS::EC2::NatGateway", new NatGatewayHandler(clients, poller));
        handlers.put("AWS::EC2::SecurityGroup", new SecurityGroupHandler(clients));
        handlers.put("AWS::EC2::SecurityGroupIngress", new SecurityGroupRuleHandler(clients, false));
        handlers.put("AWS::EC2::SecurityGroupEgress", new SecurityGroupRuleHandler(clients, true));
        handlers.put("AWS::ElasticLoadBalancingV2::LoadBalancer", new LoadBalancerHandler(clients, poller));
        handlers.put("AWS::ElasticLoadBalancingV2::TargetGroup", new TargetGroupHandler(clients));
        handlers.put("AWS::ElasticLoadBalancingV2::Listener", new ListenerHandler(clients));
        handlers.put("AWS::ECS::Cluster", new EcsClusterHandler(clients));
        handlers.put("AWS::ECS::ClusterCapacityProviderAssociations", new CapacityProviderAssociationsHandler(clients));
        handlers.put("AWS::ECS::TaskDefinition", new TaskDefinitionHandler(clients));
        handlers.put("AWS::ECS::Service", new EcsServiceHandler(clients, poller, steadyState));
        handlers.put("AWS::ECR::Repository", new EcrRepositoryHandler(clients));
        handlers.put(ECR_REPOSITORY_POLICY, new EcrRepositoryPolicyHandler(clients));
        handlers.put("AWS::IAM::Role", new IamRoleHandler(clients));
        handlers.put("AWS::IAM::RolePolicy", new IamRolePolicyHandler(clients));
        Map<String, ResourceHandler> byKey = new HashMap<>();
        handlers.forEach((type, handler) -> byKey.put(key(type), handler));
        return Map.copyOf(byKey);
    }
}
