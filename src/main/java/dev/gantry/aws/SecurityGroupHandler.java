package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import tools.jackson.databind.node.ObjectNode;

/** AWS::EC2::SecurityGroup, with its inline SecurityGroupIngress/SecurityGroupEgress rules. */
final class SecurityGroupHandler implements ResourceHandler {

    private final AwsClients clients;

    SecurityGroupHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Ec2Client ec2 = clients.ec2(request.context());
        Desired desired = Desired.of(request.desiredState());
        String groupId = ec2.describeSecurityGroups(r -> r.filters(Ec2Tags.ownedBy(request))).securityGroups().stream()
                .filter(g -> Ec2Tags.isOwned(g.tags(), request))
                .map(SecurityGroup::groupId)
                .findFirst()
                .orElseGet(() -> ec2.createSecurityGroup(r -> r.groupName(desired.text("GroupName")
                                        .orElseGet(() -> ClientTokens.generatedName(request, 255)))
                                .description(desired.required("GroupDescription"))
                                .vpcId(desired.text("VpcId").orElse(null))
                                .tagSpecifications(Ec2Tags.specification(ResourceType.SECURITY_GROUP, request)))
                        .groupId());
        request.created(groupId);
        authorizeInlineRules(ec2, groupId, desired);
        return read(request, groupId);
    }

    @Override
    public ResourceState read(ResourceRequest request, String groupId) {
        Ec2Client ec2 = clients.ec2(request.context());
        return AwsErrors.unlessNotFound(() ->
                        ec2.describeSecurityGroups(r -> r.groupIds(groupId)).securityGroups())
                .flatMap(groups -> groups.stream().findFirst())
                .map(group -> StateBuilder.of(group.groupId())
                        .put("Id", group.groupId())
                        .put("GroupId", group.groupId())
                        .put("GroupName", group.groupName())
                        .put("GroupDescription", group.description())
                        .put("VpcId", group.vpcId())
                        .putTags(Ec2Tags.fromSdk(group.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String groupId, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(Set.of("Tags"));
        Ec2Tags.update(clients.ec2(request.context()), groupId, previous, request.desiredState());
        return read(request, groupId);
    }

    @Override
    public void delete(ResourceRequest request, String groupId) {
        AwsErrors.ignoringNotFound(() -> clients.ec2(request.context()).deleteSecurityGroup(r -> r.groupId(groupId)));
    }

    /** Inline rules; a rule that already exists (a retried create) is fine. */
    private static void authorizeInlineRules(Ec2Client ec2, String groupId, Desired desired) {
        List<IpPermission> ingress = desired.objects("SecurityGroupIngress").stream()
                .map(rule -> IpPermissions.of(rule, false))
                .toList();
        List<IpPermission> egress = desired.objects("SecurityGroupEgress").stream()
                .map(rule -> IpPermissions.of(rule, true))
                .toList();
        ingress.forEach(p -> ignoringDuplicate(
                () -> ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId).ipPermissions(p))));
        egress.forEach(p -> ignoringDuplicate(
                () -> ec2.authorizeSecurityGroupEgress(r -> r.groupId(groupId).ipPermissions(p))));
    }

    private static void ignoringDuplicate(Runnable call) {
        try {
            call.run();
        } catch (AwsServiceException e) {
            if (!"InvalidPermission.Duplicate".equals(AwsErrors.code(e))) {
                throw e;
            }
        }
    }
}
