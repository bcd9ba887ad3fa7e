package dev.gantry.aws;

import java.util.Locale;
import software.amazon.awssdk.services.ec2.model.IpPermission;

/**
 * Turns a CloudFormation security group rule (SecurityGroupIngress/Egress, or an item of a SecurityGroup's
 * inline rules) into EC2's IpPermission. Shared by {@link SecurityGroupHandler} and
 * {@link SecurityGroupRuleHandler}.
 */
final class IpPermissions {

    private IpPermissions() {}

    static IpPermission of(Desired rule, boolean egress) {
        String peerGroup = rule.text(egress ? "DestinationSecurityGroupId" : "SourceSecurityGroupId")
                .orElse(null);
        String prefixList = rule.text(egress ? "DestinationPrefixListId" : "SourcePrefixListId")
                .orElse(null);
        String description = rule.text("Description").orElse(null);
        IpPermission.Builder permission = IpPermission.builder()
                // CloudFormation accepts "TCP"; EC2 compares protocols as lower-case names or numbers.
                .ipProtocol(rule.required("IpProtocol").toLowerCase(Locale.ROOT))
                .fromPort(rule.integer("FromPort").orElse(null))
                .toPort(rule.integer("ToPort").orElse(null));
        rule.text("CidrIp")
                .ifPresent(cidr -> permission.ipRanges(r -> r.cidrIp(cidr).description(description)));
        rule.text("CidrIpv6")
                .ifPresent(cidr -> permission.ipv6Ranges(r -> r.cidrIpv6(cidr).description(description)));
        if (peerGroup != null) {
            permission.userIdGroupPairs(p -> p.groupId(peerGroup)
                    .description(description)
                    .userId(rule.text("SourceSecurityGroupOwnerId").orElse(null)));
        }
        if (prefixList != null) {
            permission.prefixListIds(p -> p.prefixListId(prefixList).description(description));
        }
        return permission.build();
    }
}
