package dev.gantry.aws;

import static dev.gantry.aws.PropagationRule.CREATE_ONLY;
import static dev.gantry.aws.PropagationRule.CREATE_OR_UPDATE;
import static dev.gantry.aws.PropagationRule.DELETE_ONLY;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every "not visible yet" answer Gantry waits out, as data, one list per service. AWS is eventually consistent: an
 * id EC2 has just returned may be unknown to the next request, an IAM role takes seconds to reach ECS and ECR, and a
 * delete is refused while a dependant (a load balancer's network interface, a draining service) is still going away.
 * CloudFormation hides this and Terraform's AWS provider keeps hundreds of such rules; these are the ones of the
 * resources Gantry drives natively. Each is retried by {@link PropagationRetry} with backoff until the propagation
 * timeout ({@code gantry.aws.propagation.timeout}).
 */
final class PropagationRules {

    private static final String EC2 = "EC2";
    private static final String ELB = "Elastic Load Balancing v2";
    private static final String ECS = "ECS";
    private static final String ECR = "ECR";
    private static final String IAM = "IAM";

    /** EC2 asks clients to retry NotFound for ids it has just returned ("eventual consistency" in its API guide). */
    static final List<PropagationRule> EC2_RULES = List.of(
            fresh(EC2, "InvalidVpcID.NotFound", "a VPC created moments ago is not visible to every EC2 endpoint yet"),
            fresh(EC2, "InvalidSubnetID.NotFound", "a new subnet is not visible to every EC2 endpoint yet"),
            fresh(EC2, "InvalidGroup.NotFound", "a new security group is not visible to every EC2 endpoint yet"),
            fresh(EC2, "InvalidInternetGatewayID.NotFound", "a new internet gateway is not visible yet"),
            fresh(EC2, "InvalidGatewayID.NotFound", "a route names an internet gateway EC2 has not propagated yet"),
            fresh(EC2, "InvalidRouteTableID.NotFound", "a new route table is not visible to every EC2 endpoint yet"),
            fresh(EC2, "InvalidAllocationID.NotFound", "a new Elastic IP allocation is not visible yet"),
            fresh(EC2, "InvalidNatGatewayID.NotFound", "a route names a NAT gateway EC2 has not propagated yet"),
            fresh(EC2, "NatGatewayNotFound", "a new NAT gateway is not visible to DescribeNatGateways yet"),
            fresh(EC2, "InvalidSecurityGroupRuleId.NotFound", "a new security group rule is not visible yet"),
            new PropagationRule(
                    EC2,
                    "*",
                    "DependencyViolation",
                    "",
                    DELETE_ONLY,
                    "a dependant (a load balancer's or NAT gateway's network interface, a route) is still going away"),
            new PropagationRule(
                    EC2,
                    "ReleaseAddress",
                    "InvalidIPAddress.InUse",
                    "",
                    DELETE_ONLY,
                    "the NAT gateway holding the address is still being deleted"),
            new PropagationRule(
                    EC2,
                    "ReleaseAddress",
                    "AuthFailure",
                    "",
                    DELETE_ONLY,
                    "EC2 refuses to release an address whose NAT gateway is still being deleted"));

    static final List<PropagationRule> ELB_RULES = List.of(
            fresh(ELB, "SubnetNotFound", "a new subnet has not reached Elastic Load Balancing yet"),
            fresh(ELB, "InvalidSecurityGroup", "a new security group has not reached Elastic Load Balancing yet"),
            fresh(ELB, "TargetGroupNotFound", "a new target group is not visible to every ELB endpoint yet"),
            fresh(ELB, "LoadBalancerNotFound", "a new load balancer is not visible to every ELB endpoint yet"),
            new PropagationRule(
                    ELB,
                    "CreateTargetGroup",
                    "ValidationError",
                    "not found",
                    CREATE_OR_UPDATE,
                    "the VPC named by the target group has not reached Elastic Load Balancing yet"),
            new PropagationRule(
                    ELB,
                    "DeleteTargetGroup",
                    "ResourceInUse",
                    "",
                    DELETE_ONLY,
                    "the listener or load balancer forwarding to the target group is still being deleted"));

    static final List<PropagationRule> ECS_RULES = List.of(
            new PropagationRule(
                    ECS,
                    "CreateService",
                    "InvalidParameterException",
                    "verify that the ECS service role being passed has the proper permissions",
                    CREATE_OR_UPDATE,
                    "a new IAM role has not reached ECS yet"),
            new PropagationRule(
                    ECS,
                    "CreateService",
                    "InvalidParameterException",
                    "Unable to assume",
                    CREATE_OR_UPDATE,
                    "a new IAM role (or the service-linked role) has not reached ECS yet"),
            new PropagationRule(
                    ECS,
                    "CreateService",
                    "InvalidParameterException",
                    "does not have an associated load balancer",
                    CREATE_OR_UPDATE,
                    "the listener that ties the target group to its load balancer is not visible to ECS yet"),
            new PropagationRule(
                    ECS,
                    "CreateService",
                    "ClusterNotFoundException",
                    "",
                    CREATE_ONLY,
                    "a new cluster is not visible to every ECS endpoint yet"),
            new PropagationRule(
                    ECS,
                    "RegisterTaskDefinition",
                    "ClientException",
                    "Role is not valid",
                    CREATE_OR_UPDATE,
                    "a new task or execution role has not reached ECS yet"),
            new PropagationRule(
                    ECS,
                    "PutClusterCapacityProviders",
                    "UpdateInProgressException",
                    "",
                    PropagationRule.CREATE_OR_UPDATE,
                    "the cluster is still applying an earlier change"),
            new PropagationRule(
                    ECS,
                    "DeleteCluster",
                    "ClusterContainsServicesException",
                    "",
                    DELETE_ONLY,
                    "a service of the cluster is still draining"),
            new PropagationRule(
                    ECS,
                    "DeleteCluster",
                    "ClusterContainsTasksException",
                    "",
                    DELETE_ONLY,
                    "tasks of the cluster are still stopping"));

    static final List<PropagationRule> ECR_RULES = List.of(new PropagationRule(
            ECR,
            "SetRepositoryPolicy",
            "InvalidParameterException",
            "Principal not found",
            CREATE_OR_UPDATE,
            "an IAM role named in the policy has not reached ECR yet"));

    static final List<PropagationRule> IAM_RULES = List.of(
            new PropagationRule(
                    IAM,
                    "*",
                    "NoSuchEntity",
                    "",
                    CREATE_ONLY,
                    "a role created moments ago is not visible to every IAM endpoint yet"),
            new PropagationRule(
                    IAM,
                    "CreateRole",
                    "MalformedPolicyDocument",
                    "Invalid principal",
                    CREATE_OR_UPDATE,
                    "a principal named in the trust policy has not propagated in IAM yet"),
            new PropagationRule(
                    IAM,
                    "DeleteRole",
                    "DeleteConflict",
                    "",
                    DELETE_ONLY,
                    "policies detached a moment ago still count against the role"));

    static final List<PropagationRule> ALL = Stream.of(EC2_RULES, ELB_RULES, ECS_RULES, ECR_RULES, IAM_RULES)
            .flatMap(List::stream)
            .toList();

    private PropagationRules() {}

    static Optional<PropagationRule> match(
            PropagationRule.Phase phase, String service, String operation, String code, String message) {
        return ALL.stream()
                .filter(rule -> rule.matches(phase, service, operation, code, message))
                .findFirst();
    }

    /** An id AWS has just returned, named by a create's own follow-up calls or by a consumer's create or update. */
    private static PropagationRule fresh(String service, String code, String why) {
        return new PropagationRule(service, "*", code, "", CREATE_OR_UPDATE, why);
    }
}
