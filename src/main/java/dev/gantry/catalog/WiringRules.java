package dev.gantry.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few places where the spec's relationships are not what a user drawing the reference workflow expects.
 * Kept as data so each exception is visible and explainable in one place.
 */
final class WiringRules {

    /**
     * Refs that are defaults, not identities. Wired, a VPC frame would silently fill every ingress rule inside it
     * with the VPC's CIDR and default security group, and EC2 rejects a rule that has both a CIDR and a source
     * group: the user must choose those values explicitly.
     */
    static final Set<String> IGNORED_REFS = Set.of("AWS::EC2::VPC.CidrBlock", "AWS::EC2::VPC.DefaultSecurityGroup");

    /**
     * Refs the spec lacks. Keys are {@code Type.Property} for top-level properties and
     * {@code Namespace/TypeDefinition.Property} for nested ones.
     */
    static final Map<String, List<String>> EXTRA_REFS = Map.of(
            // The how-to feeds a container's Image from the ECR repository's URI.
            "AWS::ECS/ContainerDefinition.Image", List.of("AWS::ECR::Repository.RepositoryUri"));

    /**
     * Outputs that carry the same value under two names. A security group's GroupId and Id are both its
     * {@code sg-...} id, and the spec's refs (ingress GroupId, ECS awsvpc SecurityGroups, ALB SecurityGroups) all
     * point at {@code Id}, while the how-to connects {@code Group Id}.
     */
    static final Map<String, List<String>> OUTPUT_ALIASES =
            Map.of("AWS::EC2::SecurityGroup.GroupId", List.of("AWS::EC2::SecurityGroup.Id"));

    /** Sub-asset names the how-to uses that the general naming rule does not produce. */
    static final Map<String, String> SUB_ASSET_ALIASES = Map.of(
            "ECS CapacityProviderStrategy", "ClusterCapacityProviderAssociations DefaultCapacityProviderStrategy");

    /** Asset names the guides spell loosely; case and punctuation differences are handled generally. */
    static final Map<String, String> ASSET_ALIASES = Map.of(
            "AWS Region", "Region",
            "AWS Credentials", "AWS Credential",
            "Credential", "AWS Credential",
            "AWS IAM Role Policy", "AWS::IAM::RolePolicy",
            "AWS IAM Policy Statement", "AWS::IAM::PolicyStatement",
            "ECR Repository Policy", "AWS ECR Private Repository Policy");

    /** Namespaces whose sub-assets get the plain name when two services would produce the same one. */
    static final List<String> PREFERRED_NAMESPACES =
            List.of("AWS::ECS", "AWS::EC2", "AWS::ElasticLoadBalancingV2", "AWS::IAM", "AWS::ECR");

    private WiringRules() {}
}
