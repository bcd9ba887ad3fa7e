package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.gantry.catalog.PropertyType.ArrayOf;
import dev.gantry.catalog.PropertyType.Primitive;
import dev.gantry.catalog.PropertyType.Scalar;

/**
 * Where a property's rules come from. The spec has no enum/pattern/range fields, but some documentation states
 * them ({@code *Allowed values* : `A` | `B`}, {@code *Pattern* : `^...$`}, {@code *Minimum* : 1}); those are read
 * here. The reference workflow's key properties get hand-written rules on top, because their docs state none
 * and a user drawing a VPC should be told that {@code CidrBlock: 'abc'} is wrong before apply.
 */
final class KnownRules {

    private static final String CIDR = "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$";
    private static final List<String> LB_PROTOCOLS = List.of("HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP",
            "GENEVE");

    /** Top-level properties of the reference workflow's types: "Type.Property" → rules. */
    private static final Map<String, ValueRules> SUPPLEMENT = Map.ofEntries(
            Map.entry("AWS::EC2::VPC.CidrBlock", pattern(CIDR)),
            Map.entry("AWS::EC2::VPC.InstanceTenancy", allowed("default", "dedicated", "host")),
            Map.entry("AWS::EC2::Subnet.CidrBlock", pattern(CIDR)),
            Map.entry("AWS::EC2::Route.DestinationCidrBlock", pattern(CIDR)),
            Map.entry("AWS::EC2::SecurityGroupIngress.CidrIp", pattern(CIDR)),
            Map.entry("AWS::EC2::SecurityGroupIngress.FromPort", range(-1, 65535)),
            Map.entry("AWS::EC2::SecurityGroupIngress.ToPort", range(-1, 65535)),
            Map.entry("AWS::EC2::EIP.Domain", allowed("vpc", "standard")),
            Map.entry("AWS::EC2::NatGateway.ConnectivityType", allowed("public", "private")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer.Type", allowed("application", "network", "gateway")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer.Scheme", allowed("internet-facing", "internal")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer.IpAddressType",
                    allowed("ipv4", "dualstack", "dualstack-without-public-ipv4")),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener.Protocol", allowed(LB_PROTOCOLS)),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener.Port", range(1, 65535)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.Protocol", allowed(LB_PROTOCOLS)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.HealthCheckProtocol", allowed(LB_PROTOCOLS)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.ProtocolVersion", allowed("HTTP1", "HTTP2", "GRPC")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.TargetType", allowed("instance", "ip", "lambda", "alb")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.IpAddressType", allowed("ipv4", "ipv6")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.Port", range(1, 65535)),
            Map.entry("AWS::ECS::Service.LaunchType", allowed("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")),
            Map.entry("AWS::ECS::Service.SchedulingStrategy", allowed("REPLICA", "DAEMON")),
            Map.entry("AWS::ECS::Service.DesiredCount", range(0, Integer.MAX_VALUE)),
            Map.entry("AWS::ECS::TaskDefinition.NetworkMode", allowed("bridge", "host", "awsvpc", "none")),
            Map.entry("AWS::ECS::TaskDefinition.RequiresCompatibilities",
                    allowed("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")),
            Map.entry("AWS::ECR::Repository.RepositoryName", new ValueRules(List.of(),
                    Optional.of("^(?=.{2,256}$)((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)$"),
                    Optional.of(2L), Optional.of(256L), Optional.empty(), Optional.empty())),
            Map.entry("AWS::ECR::Repository.ImageTagMutability", allowed("MUTABLE", "IMMUTABLE",
                    "MUTABLE_WITH_EXCLUSION", "IMMUTABLE_WITH_EXCLUSION")));

    private static final Pattern ALLOWED = Pattern.compile("\\*(?:Allowed|Valid) values?\\* : ([^\\n]+)");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern PATTERN = Pattern.compile("\\*Pattern\\* : `([^`\\n]+)`");
    private static final Pattern MINIMUM = Pattern.compile("\\*Minimum(?: length)?\\* : `?(-?\\d+)`?");
    private static final Pattern MAXIMUM = Pattern.compile("\\*Maximum(?: length)?\\* : `?(-?\\d+)`?");

    private KnownRules() {
    }

    /** The rules of one property; {@code ownerType} is the resource type for top-level properties, else null. */
    static ValueRules rulesFor(String ownerType, String property, PropertyType type, String doc) {
        ValueRules known = ownerType == null ? null : SUPPLEMENT.get(ownerType + "." + property);
        return known != null ? known : fromDocumentation(doc, scalarOf(type));
    }

    static ValueRules fromDocumentation(String doc, Primitive primitive) {
        // Only a few hundred of ~40,000 docs state a rule, always as "*Rule* : value": skip the rest cheaply.
        if (doc == null || primitive == null || !doc.contains("* : ")) {
            return ValueRules.NONE;
        }
        List<String> allowed = primitive == Primitive.STRING ? allowedValues(doc) : List.of();
        Optional<String> pattern = primitive == Primitive.STRING ? documentedPattern(doc) : Optional.empty();
        Optional<Long> min = number(MINIMUM, doc);
        Optional<Long> max = number(MAXIMUM, doc);
        boolean numeric = primitive == Primitive.INTEGER || primitive == Primitive.NUMBER;
        boolean text = primitive == Primitive.STRING;
        if (allowed.isEmpty() && pattern.isEmpty() && min.isEmpty() && max.isEmpty()) {
            return ValueRules.NONE;
        }
        return new ValueRules(allowed, pattern,
                text ? min : Optional.empty(), text ? max : Optional.empty(),
                numeric ? min.map(Long::doubleValue) : Optional.empty(),
                numeric ? max.map(Long::doubleValue) : Optional.empty());
    }

    /** The primitive a rule applies to: the property's own, or its elements' for arrays of scalars. */
    private static Primitive scalarOf(PropertyType type) {
        PropertyType t = type instanceof ArrayOf array ? array.element() : type;
        return t instanceof Scalar scalar ? scalar.primitive() : null;
    }

    private static List<String> allowedValues(String doc) {
        Matcher line = ALLOWED.matcher(doc);
        if (!line.find()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        Matcher quoted = BACKTICKED.matcher(line.group(1));
        while (quoted.find()) {
            for (String v : quoted.group(1).split("\\|")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
        }
        return List.copyOf(values);
    }

    private static Optional<String> documentedPattern(String doc) {
        Matcher m = PATTERN.matcher(doc);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Pattern.compile(m.group(1));
            return Optional.of(m.group(1));
        } catch (PatternSyntaxException badDocumentation) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(Pattern rule, String doc) {
        Matcher m = rule.matcher(doc);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    static ValueRules allowed(String... values) {
        return allowed(List.of(values));
    }

    static ValueRules allowed(List<String> values) {
        return new ValueRules(values, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static ValueRules pattern(String regex) {
        return new ValueRules(List.of(), Optional.of(regex), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    static ValueRules range(double min, double max) {
        return new ValueRules(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(min),
                Optional.of(max));
    }
}
