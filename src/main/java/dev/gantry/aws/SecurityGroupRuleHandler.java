package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::EC2::SecurityGroupIngress and AWS::EC2::SecurityGroupEgress, identified by the rule id ({@code sgr-…}).
 * Rules are tagged when authorized and found by tag on a repeated create.
 */
final class SecurityGroupRuleHandler implements ResourceHandler {

    private final AwsClients clients;
    private final boolean egress;

    SecurityGroupRuleHandler(AwsClients clients, boolean egress) {
        this.clients = clients;
        this.egress = egress;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        Desired desired = Desired.of(request.desiredState());
        String ruleId =
                ec2.describeSecurityGroupRules(r -> r.filters(Ec2Tags.ownedBy(request))).securityGroupRules().stream()
                        .filter(rule -> Ec2Tags.isOwned(rule.tags(), request))
                        .map(SecurityGroupRule::securityGroupRuleId)
                        .findFirst()
                        .orElseGet(() -> authorize(ec2, request, desired));
        request.created(ruleId);
        return read(request, ruleId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String ruleId) {
        return describe(clients.ec2(request.context()), ruleId)
                .map(rule -> StateBuilder.of(rule.securityGroupRuleId())
                        .put("Id", rule.securityGroupRuleId())
                        .put("GroupId", rule.groupId())
                        .put("IpProtocol", rule.ipProtocol())
                        .put("FromPort", rule.fromPort())
                        .put("ToPort", rule.toPort())
                        .put("CidrIp", rule.cidrIpv4())
                        .put("CidrIpv6", rule.cidrIpv6())
                        .put("Description", rule.description())
                        .put(
                                egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId",
                                rule.referencedGroupInfo() == null
                                        ? null
                                        : rule.referencedGroupInfo().groupId())
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String ruleId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(java.util.Set.of("Description"));
        Desired desired = Desired.of(request.desiredState());
        IpPermission permission = IpPermissions.of(desired, egress);
        String groupId = desired.required("GroupId");
        Ec2Client ec2 = clients.ec2(request.context());
        if (egress) {
            ec2.updateSecurityGroupRuleDescriptionsEgress(
                    r -> r.groupId(groupId).ipPermissions(permission));
        } else {
            ec2.updateSecurityGroupRuleDescriptionsIngress(
                    r -> r.groupId(groupId).ipPermissions(permission));
        }
        return read(request, ruleId);
    }

    @Override
    public void delete(ResourceRequest request, String ruleId) {
        Ec2Client ec2 = clients.ec2(request.context());
        describe(ec2, ruleId)
                .ifPresent(rule -> AwsErrors.ignoringNotFound(() -> {
                    if (egress) {
                        ec2.revokeSecurityGroupEgress(
                                r -> r.groupId(rule.groupId()).securityGroupRuleIds(ruleId));
                    } else {
                        ec2.revokeSecurityGroupIngress(
                                r -> r.groupId(rule.groupId()).securityGroupRuleIds(ruleId));
                    }
                }));
    }

    private String authorize(Ec2Client ec2, ResourceRequest request, Desired desired) {
        String groupId = desired.required("GroupId");
        IpPermission permission = IpPermissions.of(desired, egress);
        TagSpecification tags = Ec2Tags.specification(ResourceType.SECURITY_GROUP_RULE, request);
        var rules = egress
                ? ec2.authorizeSecurityGroupEgress(r ->
                                r.groupId(groupId).ipPermissions(permission).tagSpecifications(tags))
                        .securityGroupRules()
                : ec2.authorizeSecurityGroupIngress(r ->
                                r.groupId(groupId).ipPermissions(permission).tagSpecifications(tags))
                        .securityGroupRules();
        return rules.getFirst().securityGroupRuleId();
    }

    private static Optional<SecurityGroupRule> describe(Ec2Client ec2, String ruleId) {
        return AwsErrors.unlessNotFound(() -> ec2.describeSecurityGroupRules(r -> r.securityGroupRuleIds(ruleId))
                        .securityGroupRules())
                .flatMap(rules -> rules.stream().findFirst());
    }
}
