package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.AssetKind;
import dev.gantry.catalog.Attribute;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Property;
import dev.gantry.catalog.PropertyType;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.ValueRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small hand-made catalogue with the assets of the reference workflow, shaped the way the CloudFormation
 * catalogue shapes them, so the model can be tested without loading 1,800 types.
 */
public final class TestAssets implements Catalog {

    private static final PropertyType STRING = new PropertyType.Scalar(PropertyType.Primitive.STRING);
    private static final PropertyType INTEGER = new PropertyType.Scalar(PropertyType.Primitive.INTEGER);
    private static final PropertyType BOOLEAN = new PropertyType.Scalar(PropertyType.Primitive.BOOLEAN);
    private static final PropertyType JSON = new PropertyType.Scalar(PropertyType.Primitive.JSON);
    private static final PropertyType STRINGS = new PropertyType.ArrayOf(STRING);
    private static final PropertyType OBJECTS = new PropertyType.ArrayOf(JSON);

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    public TestAssets() {
        asset(
                "AWS Credential",
                AssetKind.CONFIGURATION,
                List.of(prop("AccessKeyId", STRING), secret("SecretAccessKey")),
                List.of(),
                List.of(out("AWS Credential", Socket.SocketSource.WHOLE_VALUE, null, "AWS Credential")),
                false);
        asset(
                "Region",
                AssetKind.CONFIGURATION,
                List.of(new Property(
                        "region",
                        STRING,
                        true,
                        false,
                        false,
                        null,
                        rules(List.of("us-east-1", "us-west-2", "eu-west-1"), null))),
                List.of(context("AWS Credential")),
                List.of(out("Region", Socket.SocketSource.PROPERTY, "region", "Region")),
                false);
        resource(
                "AWS::EC2::VPC",
                List.of(
                        new Property(
                                "CidrBlock",
                                STRING,
                                true,
                                true,
                                false,
                                null,
                                rules(List.of(), "^\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+$")),
                        prop("EnableDnsHostnames", BOOLEAN),
                        prop("EnableDnsSupport", BOOLEAN)),
                List.of(),
                List.of(attr("Vpc Id", "VpcId")));
        resource(
                "AWS::EC2::Subnet",
                List.of(
                        required("VpcId", true),
                        prop("CidrBlock", STRING),
                        prop("AvailabilityZone", STRING),
                        prop("MapPublicIpOnLaunch", BOOLEAN)),
                List.of(in("Vpc Id", "VpcId", Socket.Arity.ONE, "VpcId")),
                List.of(attr("Subnet Id", "SubnetId")));
        resource(
                "AWS::EC2::SecurityGroup",
                List.of(required("GroupDescription", true), prop("GroupName", STRING), prop("VpcId", STRING)),
                List.of(in("Vpc Id", "VpcId", Socket.Arity.ONE, "VpcId")),
                List.of(attr("Group Id", "GroupId")));
        resource(
                "AWS::EC2::SecurityGroupIngress",
                List.of(
                        prop("GroupId", STRING),
                        required("IpProtocol", false),
                        prop("CidrIp", STRING),
                        prop("Description", STRING),
                        prop("FromPort", INTEGER),
                        prop("ToPort", INTEGER),
                        prop("SourceSecurityGroupId", STRING)),
                List.of(
                        in("Group Id", "GroupId", Socket.Arity.ONE, "GroupId"),
                        in("Source Security Group Id", "SourceSecurityGroupId", Socket.Arity.ONE, "GroupId")),
                List.of());
        resource(
                "AWS::ElasticLoadBalancingV2::LoadBalancer",
                List.of(
                        prop("Name", STRING),
                        new Property(
                                "Scheme",
                                STRING,
                                false,
                                true,
                                false,
                                null,
                                rules(List.of("internet-facing", "internal"), null)),
                        prop("Type", STRING),
                        prop("IpAddressType", STRING),
                        prop("Subnets", STRINGS),
                        prop("SecurityGroups", STRINGS)),
                List.of(
                        in("Subnets", "Subnets", Socket.Arity.MANY, "SubnetId"),
                        in("Security Groups", "SecurityGroups", Socket.Arity.MANY, "GroupId")),
                List.of(attr("Load Balancer Arn", "LoadBalancerArn"), attr("DNS Name", "DNSName")));
        resource(
                "AWS::ElasticLoadBalancingV2::Listener",
                List.of(
                        required("LoadBalancerArn", true),
                        prop("Port", INTEGER),
                        prop("Protocol", STRING),
                        prop("DefaultActions", OBJECTS)),
                List.of(
                        in("Load Balancer Arn", "LoadBalancerArn", Socket.Arity.ONE, "LoadBalancerArn"),
                        in("Default Actions", "DefaultActions", Socket.Arity.MANY, "DefaultActions")),
                List.of(attr("Listener Arn", "ListenerArn")));
        subAsset(
                "Listener DefaultActions",
                List.of(required("Type", false), prop("TargetGroupArn", STRING)),
                List.of(in("Target Group Arn", "TargetGroupArn", Socket.Arity.ONE, "TargetGroupArn")),
                "Default Actions",
                "DefaultActions");
        resource(
                "AWS::ElasticLoadBalancingV2::TargetGroup",
                List.of(
                        prop("Name", STRING),
                        prop("Port", INTEGER),
                        prop("Protocol", STRING),
                        prop("VpcId", STRING),
                        prop("TargetType", STRING),
                        prop("HealthCheckPath", STRING),
                        prop("Matcher", JSON)),
                List.of(in("Vpc Id", "VpcId", Socket.Arity.ONE, "VpcId")),
                List.of(attr("Target Group Arn", "TargetGroupArn")));
        resource(
                "AWS::IAM::Role",
                List.of(prop("RoleName", STRING), prop("Description", STRING), prop("AssumeRolePolicyDocument", JSON)),
                List.of(),
                List.of(
                        attr("ARN", "Arn", "RoleArn"),
                        out("RoleName", Socket.SocketSource.PROPERTY, "RoleName", "RoleName")));
        resource(
                "AWS::IAM::RolePolicy",
                List.of(required("RoleName", false), prop("PolicyArn", STRING)),
                List.of(in("RoleName", "RoleName", Socket.Arity.ONE, "RoleName")),
                List.of());
        resource(
                "AWS::ECR::Repository",
                List.of(prop("RepositoryName", STRING), prop("EmptyOnDelete", BOOLEAN)),
                List.of(),
                List.of(attr("Repository Uri", "RepositoryUri")));
        resource(
                "AWS::ECS::Cluster",
                List.of(prop("ClusterName", STRING)),
                List.of(),
                List.of(attr("Cluster Arn", "Arn", "ClusterArn")));
        subAsset(
                "ECS CapacityProviderStrategy",
                List.of(prop("Base", INTEGER), prop("CapacityProvider", STRING), prop("Weight", INTEGER)),
                List.of(),
                "Default Capacity Provider Strategy",
                "DefaultCapacityProviderStrategy");
        resource(
                "AWS::ECS::ClusterCapacityProviderAssociations",
                List.of(
                        prop("Cluster", STRING),
                        prop("CapacityProviders", STRINGS),
                        prop("DefaultCapacityProviderStrategy", OBJECTS)),
                List.of(
                        in("Cluster", "Cluster", Socket.Arity.ONE, "ClusterArn"),
                        in(
                                "Default Capacity Provider Strategy",
                                "DefaultCapacityProviderStrategy",
                                Socket.Arity.MANY,
                                "DefaultCapacityProviderStrategy")),
                List.of());
        resource(
                "AWS::ECS::Service",
                List.of(
                        prop("ServiceName", STRING),
                        prop("Cluster", STRING),
                        prop("DesiredCount", INTEGER),
                        prop("LaunchType", STRING),
                        prop("TaskDefinition", STRING),
                        prop("NetworkConfiguration", JSON),
                        prop("LoadBalancers", OBJECTS)),
                List.of(
                        in("Cluster", "Cluster", Socket.Arity.ONE, "ClusterArn"),
                        in("Task Definition", "TaskDefinition", Socket.Arity.ONE, "TaskDefinitionArn"),
                        in(
                                "Network Awsvpc Subnets",
                                "NetworkConfiguration/AwsvpcConfiguration/Subnets",
                                Socket.Arity.MANY,
                                "SubnetId"),
                        in(
                                "Network Awsvpc Security Groups",
                                "NetworkConfiguration/AwsvpcConfiguration/SecurityGroups",
                                Socket.Arity.MANY,
                                "GroupId"),
                        in("Load Balancers", "LoadBalancers", Socket.Arity.MANY, "LoadBalancers")),
                List.of(attr("Service Arn", "ServiceArn")));
        subAsset(
                "Service LoadBalancers",
                List.of(prop("ContainerName", STRING), prop("ContainerPort", INTEGER), prop("TargetGroupArn", STRING)),
                List.of(in("Target Group Arn", "TargetGroupArn", Socket.Arity.ONE, "TargetGroupArn")),
                "Load Balancers",
                "LoadBalancers");
        resource(
                "AWS::ECS::TaskDefinition",
                List.of(
                        prop("Family", STRING),
                        prop("Cpu", STRING),
                        prop("Memory", STRING),
                        prop("NetworkMode", STRING),
                        prop("RequiresCompatibilities", STRINGS),
                        prop("RuntimePlatform", JSON),
                        prop("TaskRoleArn", STRING),
                        prop("ExecutionRoleArn", STRING),
                        prop("ContainerDefinitions", OBJECTS)),
                List.of(
                        in("Task Role Arn", "TaskRoleArn", Socket.Arity.ONE, "TaskRoleArn", "RoleArn"),
                        in("Execution Role Arn", "ExecutionRoleArn", Socket.Arity.ONE, "ExecutionRoleArn", "RoleArn"),
                        in("Container Definitions", "ContainerDefinitions", Socket.Arity.MANY, "ContainerDefinitions")),
                List.of(attr("Task Definition Arn", "TaskDefinitionArn")));
        subAsset(
                "TaskDefinition ContainerDefinitions",
                List.of(
                        prop("Name", STRING),
                        prop("Image", STRING),
                        prop("Essential", BOOLEAN),
                        prop("PortMappings", OBJECTS)),
                List.of(
                        in("Image", "Image", Socket.Arity.ONE, "RepositoryUri"),
                        in("Port Mappings", "PortMappings", Socket.Arity.MANY, "PortMappings")),
                "Container Definitions",
                "ContainerDefinitions");
        subAsset(
                "ContainerDefinitions PortMappings",
                List.of(
                        prop("ContainerPort", INTEGER),
                        prop("HostPort", INTEGER),
                        prop("Name", STRING),
                        prop("Protocol", STRING)),
                List.of(),
                "Port Mappings",
                "PortMappings");
    }

    // ---- Catalog

    @Override
    public Optional<Asset> find(String assetName) {
        String key = assetName.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(assets.get(key.equals("aws region") ? "region" : key));
    }

    @Override
    public List<Asset> search(String query, int limit) {
        return assets.values().stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
                .limit(limit)
                .toList();
    }

    @Override
    public Collection<Asset> all() {
        return assets.values();
    }

    // ---- building

    private void resource(String name, List<Property> props, List<Socket> inputs, List<Socket> outputs) {
        List<Socket> all = new ArrayList<>(inputs);
        all.add(context("Region"));
        all.add(context("AWS Credential"));
        asset(name, AssetKind.RESOURCE, props, all, outputs, true);
    }

    private void subAsset(
            String name, List<Property> props, List<Socket> inputs, String outputName, String annotation) {
        asset(
                name,
                AssetKind.SUB_ASSET,
                props,
                inputs,
                List.of(out(outputName, Socket.SocketSource.WHOLE_VALUE, null, annotation)),
                false);
    }

    private void asset(
            String name,
            AssetKind kind,
            List<Property> props,
            List<Socket> inputs,
            List<Socket> outputs,
            boolean withAttributes) {
        Map<String, Property> properties = new LinkedHashMap<>();
        props.forEach(p -> properties.put(p.name(), p));
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        if (withAttributes) {
            outputs.stream()
                    .filter(o -> o.source() == Socket.SocketSource.ATTRIBUTE)
                    .forEach(o -> attributes.put(o.property(), new Attribute(o.property(), STRING, null)));
        }
        assets.put(
                name.toLowerCase(Locale.ROOT),
                new Asset(name, kind, "test", name, properties, attributes, List.of(), inputs, outputs));
    }

    private static Property prop(String name, PropertyType type) {
        return new Property(name, type, false, false, false, null, ValueRules.NONE);
    }

    private static Property required(String name, boolean createOnly) {
        return new Property(name, STRING, true, createOnly, false, null, ValueRules.NONE);
    }

    private static Property secret(String name) {
        return new Property(name, STRING, false, false, true, null, ValueRules.NONE);
    }

    private static ValueRules rules(List<String> allowed, String pattern) {
        return new ValueRules(
                allowed,
                Optional.ofNullable(pattern),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static Socket in(String name, String property, Socket.Arity arity, String... annotations) {
        return new Socket(
                name,
                Socket.SocketDirection.INPUT,
                arity,
                Socket.SocketSource.PROPERTY,
                property,
                List.of(annotations));
    }

    private static Socket context(String name) {
        return new Socket(
                name, Socket.SocketDirection.INPUT, Socket.Arity.ONE, Socket.SocketSource.CONTEXT, null, List.of(name));
    }

    private static Socket attr(String name, String attribute, String... extra) {
        List<String> annotations = new ArrayList<>(List.of(name, attribute));
        annotations.addAll(List.of(extra));
        return new Socket(
                name,
                Socket.SocketDirection.OUTPUT,
                Socket.Arity.MANY,
                Socket.SocketSource.ATTRIBUTE,
                attribute,
                annotations);
    }

    private static Socket out(String name, Socket.SocketSource source, String property, String annotation) {
        return new Socket(
                name, Socket.SocketDirection.OUTPUT, Socket.Arity.MANY, source, property, List.of(name, annotation));
    }
}
