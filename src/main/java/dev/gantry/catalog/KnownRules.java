package dev.gantry.catalog;

import dev.gantry.catalog.PropertyType.ArrayOf;
import dev.gantry.catalog.PropertyType.Primitive;
import dev.gantry.catalog.PropertyType.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a property's rules come from. The spec has no enum/pattern/range fields, but some documentation states
 * them ({@code *Allowed values* : `A` | `B`}, {@code *Pattern* : `^...$`}, {@code *Minimum* : 1}); those are read
 * here. The reference workflow's key properties get hand-written rules on top, because their docs state none
 * and a user drawing a VPC should be told that {@code CidrBlock: 'abc'} is wrong before apply.
 */
final class KnownRules {

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    /** An IPv4 CIDR block whose four numbers are 0–255 and prefix 0–32: EC2 refuses {@code 999.999.999.999/16}. */
    static final String CIDR = "^(" + OCTET + "\\.){3}" + OCTET + "/([0-9]|[12][0-9]|3[0-2])$";

    static final String ARN = "^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:([0-9]{12})?:.+$";
    static final String ROLE_ARN = "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$";
    /** EC2's characters for security group names and descriptions in a VPC. */
    static final String GROUP_TEXT = "^[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]+$";
    /** Load balancer and target group names: letters, digits and hyphens, not at either end. */
    static final String ELB_NAME = "^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$";
    /** What a target group's matcher takes: codes, lists and ranges, as a string ("200", "200,302", "200-299"). */
    static final String HTTP_CODES = "^[0-9]{3}(-[0-9]{3})?(,[0-9]{3}(-[0-9]{3})?)*$";

    /** What a pattern means, for messages a person can act on. */
    private static final Map<String, String> FORMATS = Map.of(
            CIDR, "an IPv4 CIDR block such as 10.0.0.0/16 (four numbers 0–255, a prefix 0–32)",
            ARN, "an ARN (arn:aws:service:region:account:resource)",
            ROLE_ARN, "an IAM role ARN (arn:aws:iam::123456789012:role/name)",
            GROUP_TEXT, "text of letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* only",
            ELB_NAME, "a name of letters, digits and hyphens, not starting or ending with a hyphen",
            HTTP_CODES, "HTTP codes as a string: \"200\", \"200,302\" or \"200-299\"");

    /**
     * Rules AWS enforces on nested properties of the reference workflow that the spec does not state, keyed by the
     * nested type's name and the property ("Matcher.HttpCode"). Nested types are shared across resource types by
     * name, so only names whose meaning is the same wherever they occur are listed.
     */
    private static final Map<String, ValueRules> NESTED = Map.ofEntries(
            Map.entry("Ingress.CidrIp", pattern(CIDR)),
            Map.entry("Egress.CidrIp", pattern(CIDR)),
            Map.entry("Ingress.FromPort", range(-1, 65535)),
            Map.entry("Ingress.ToPort", range(-1, 65535)),
            Map.entry("Egress.FromPort", range(-1, 65535)),
            Map.entry("Egress.ToPort", range(-1, 65535)),
            Map.entry("Matcher.HttpCode", pattern(HTTP_CODES)),
            Map.entry("Action.TargetGroupArn", pattern(ARN)),
            Map.entry("TargetGroupTuple.TargetGroupArn", pattern(ARN)),
            Map.entry("PortMapping.ContainerPort", range(0, 65535)),
            Map.entry("PortMapping.HostPort", range(0, 65535)));

    private static final List<String> LB_PROTOCOLS = List.of("HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE");

    /** Top-level properties of the reference workflow's types: "Type.Property" → rules. */
    private static final Map<String, ValueRules> SUPPLEMENT = Map.ofEntries(
            Map.entry("AWS::EC2::VPC.CidrBlock", pattern(CIDR)),
            Map.entry("AWS::EC2::VPC.InstanceTenancy", allowed("default", "dedicated", "host")),
            Map.entry("AWS::EC2::Subnet.CidrBlock", pattern(CIDR)),
            Map.entry("AWS::EC2::Route.DestinationCidrBlock", pattern(CIDR)),
            Map.entry("AWS::EC2::SecurityGroupIngress.CidrIp", pattern(CIDR)),
            Map.entry("AWS::EC2::SecurityGroupEgress.CidrIp", pattern(CIDR)),
            Map.entry("AWS::EC2::SecurityGroup.GroupDescription", text(GROUP_TEXT, 255)),
            Map.entry("AWS::EC2::SecurityGroup.GroupName", text(GROUP_TEXT, 255)),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer.Name", text(ELB_NAME, 32)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.Name", text(ELB_NAME, 32)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.HealthCheckIntervalSeconds", range(5, 300)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.HealthCheckTimeoutSeconds", range(2, 120)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.HealthyThresholdCount", range(2, 10)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.UnhealthyThresholdCount", range(2, 10)),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener.LoadBalancerArn", pattern(ARN)),
            Map.entry("AWS::ECS::TaskDefinition.ExecutionRoleArn", pattern(ROLE_ARN)),
            Map.entry("AWS::ECS::TaskDefinition.TaskRoleArn", pattern(ROLE_ARN)),
            Map.entry("AWS::IAM::Role.RoleName", text("^[\\w+=,.@-]+$", 64)),
            Map.entry("AWS::EC2::SecurityGroupIngress.FromPort", range(-1, 65535)),
            Map.entry("AWS::EC2::SecurityGroupIngress.ToPort", range(-1, 65535)),
            Map.entry("AWS::EC2::EIP.Domain", allowed("vpc", "standard")),
            Map.entry("AWS::EC2::NatGateway.ConnectivityType", allowed("public", "private")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer.Type", allowed("application", "network", "gateway")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer.Scheme", allowed("internet-facing", "internal")),
            Map.entry(
                    "AWS::ElasticLoadBalancingV2::LoadBalancer.IpAddressType",
                    allowed("ipv4", "dualstack", "dualstack-without-public-ipv4")),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener.Protocol", allowed(LB_PROTOCOLS)),
            Map.entry("AWS::ElasticLoadBalancingV2::Listener.Port", range(1, 65535)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.Protocol", allowed(LB_PROTOCOLS)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.HealthCheckProtocol", allowed(LB_PROTOCOLS)),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.ProtocolVersion", allowed("HTTP1", "HTTP2", "GRPC")),
            Map.entry(
                    "AWS::ElasticLoadBalancingV2::TargetGroup.TargetType", allowed("instance", "ip", "lambda", "alb")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.IpAddressType", allowed("ipv4", "ipv6")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup.Port", range(1, 65535)),
            Map.entry("AWS::ECS::Service.LaunchType", allowed("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")),
            Map.entry("AWS::ECS::Service.SchedulingStrategy", allowed("REPLICA", "DAEMON")),
            Map.entry("AWS::ECS::Service.DesiredCount", range(0, Integer.MAX_VALUE)),
            Map.entry("AWS::ECS::TaskDefinition.NetworkMode", allowed("bridge", "host", "awsvpc", "none")),
            Map.entry(
                    "AWS::ECS::TaskDefinition.RequiresCompatibilities",
                    allowed("EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES")),
            Map.entry(
                    "AWS::ECR::Repository.RepositoryName",
                    new ValueRules(
                            List.of(),
                            Optional.of(
                                    "^(?=.{2,256}$)((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)$"),
                            Optional.of(2L),
                            Optional.of(256L),
                            Optional.empty(),
                            Optional.empty())),
            Map.entry(
                    "AWS::ECR::Repository.ImageTagMutability",
                    allowed("MUTABLE", "IMMUTABLE", "MUTABLE_WITH_EXCLUSION", "IMMUTABLE_WITH_EXCLUSION")));

    private static final Pattern ALLOWED = Pattern.compile("\\*(?:Allowed|Valid) values?\\* : ([^\\n]+)");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern PATTERN = Pattern.compile("\\*Pattern\\* : `([^`\\n]+)`");
    private static final Pattern MINIMUM = Pattern.compile("\\*Minimum(?: length)?\\* : `?(-?\\d+)`?");
    private static final Pattern MAXIMUM = Pattern.compile("\\*Maximum(?: length)?\\* : `?(-?\\d+)`?");

    private KnownRules() {}

    /**
     * The rules of one property; {@code ownerType} is the resource type for top-level properties, else null, and
     * {@code nestedType} the name of the nested type that holds it (null at the top level).
     */
    static ValueRules rulesFor(String ownerType, String nestedType, String property, PropertyType type, String doc) {
        ValueRules known = ownerType != null
                ? SUPPLEMENT.get(ownerType + "." + property)
                : nestedType != null ? NESTED.get(nestedType + "." + property) : null;
        return known != null ? known : fromDocumentation(doc, scalarOf(type));
    }

    /** What a known pattern stands for ("an IPv4 CIDR block …"), for a message; empty for other patterns. */
    static java.util.Optional<String> format(String pattern) {
        return java.util.Optional.ofNullable(FORMATS.get(pattern));
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
        return new ValueRules(
                allowed,
                pattern,
                text ? min : Optional.empty(),
                text ? max : Optional.empty(),
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
        return new ValueRules(
                values, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ValueRules pattern(String regex) {
        return new ValueRules(
                List.of(), Optional.of(regex), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ValueRules text(String regex, long maxLength) {
        return new ValueRules(
                List.of(),
                Optional.of(regex),
                Optional.of(1L),
                Optional.of(maxLength),
                Optional.empty(),
                Optional.empty());
    }

    static ValueRules range(double min, double max) {
        return new ValueRules(
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(min), Optional.of(max));
    }
}
