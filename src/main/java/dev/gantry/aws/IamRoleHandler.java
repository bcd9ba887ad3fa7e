package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Role;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::IAM::Role, identified by its name, with its ManagedPolicyArns and inline Policies. Delete first detaches
 * and deletes what IAM refuses to delete a role with.
 */
final class IamRoleHandler implements ResourceHandler {

    private final AwsClients clients;

    IamRoleHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        IamClient iam = clients.iam(request.context());
        Desired d = Desired.of(request.desiredState());
        String name = d.text("RoleName").orElseGet(() -> ClientTokens.generatedName(request, 64));
        UniqueNames.create(
                () -> iam.createRole(r -> r.roleName(name)
                        .assumeRolePolicyDocument(
                                d.document("AssumeRolePolicyDocument").orElse(null))
                        .description(d.text("Description").orElse(null))
                        .path(d.text("Path").orElse(null))
                        .maxSessionDuration(d.integer("MaxSessionDuration").orElse(null))
                        .permissionsBoundary(d.text("PermissionsBoundary").orElse(null))
                        .tags(IamTags.toSdk(Tag.forCreate(request)))),
                "EntityAlreadyExists",
                () -> describe(iam, name)
                        .map(role -> IamTags.isOwned(role, request))
                        .orElse(false));
        request.created(name);
        applyPolicies(iam, name, Desired.of(null), d);
        return read(request, name);
    }

    @Override
    public ResourceState read(ResourceRequest request, String name) {
        IamClient iam = clients.iam(request.context());
        return describe(iam, name)
                .map(role -> StateBuilder.of(role.roleName())
                        .put("RoleName", role.roleName())
                        .put("Arn", role.arn())
                        .put("RoleId", role.roleId())
                        .put("Path", role.path())
                        .put("Description", role.description())
                        .put("MaxSessionDuration", role.maxSessionDuration())
                        .put(
                                "AssumeRolePolicyDocument",
                                role.assumeRolePolicyDocument() == null
                                        ? null
                                        : PolicyDocuments.parse(role.assumeRolePolicyDocument()))
                        .putStrings("ManagedPolicyArns", attached(iam, name))
                        .putTags(IamTags.fromSdk(role.tags()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String name, ObjectNode previous) {
        Changes changes = Changes.between(request.resourceType(), previous, request.desiredState());
        changes.requireOnly(Set.of(
                "AssumeRolePolicyDocument",
                "Description",
                "MaxSessionDuration",
                "ManagedPolicyArns",
                "Policies",
                "Tags"));
        IamClient iam = clients.iam(request.context());
        Desired d = Desired.of(request.desiredState());
        if (changes.has("AssumeRolePolicyDocument")) {
            iam.updateAssumeRolePolicy(r -> r.roleName(name).policyDocument(d.required("AssumeRolePolicyDocument")));
        }
        if (changes.has("Description") || changes.has("MaxSessionDuration")) {
            iam.updateRole(r -> r.roleName(name)
                    .description(d.text("Description").orElse(""))
                    .maxSessionDuration(d.integer("MaxSessionDuration").orElse(null)));
        }
        applyPolicies(iam, name, Desired.of(previous), d);
        IamTags.update(iam, name, previous, request.desiredState());
        return read(request, name);
    }

    @Override
    public void delete(ResourceRequest request, String name) {
        IamClient iam = clients.iam(request.context());
        if (describe(iam, name).isEmpty()) {
            return;
        }
        attached(iam, name)
                .forEach(arn -> iam.detachRolePolicy(r -> r.roleName(name).policyArn(arn)));
        iam.listRolePolicies(r -> r.roleName(name))
                .policyNames()
                .forEach(policy -> iam.deleteRolePolicy(r -> r.roleName(name).policyName(policy)));
        iam.listInstanceProfilesForRole(r -> r.roleName(name))
                .instanceProfiles()
                .forEach(profile -> iam.removeRoleFromInstanceProfile(
                        r -> r.roleName(name).instanceProfileName(profile.instanceProfileName())));
        AwsErrors.ignoringNotFound(() -> iam.deleteRole(r -> r.roleName(name)));
    }

    /** Attaches, detaches, puts and deletes so that ManagedPolicyArns and Policies go from previous to desired. */
    private static void applyPolicies(IamClient iam, String name, Desired previous, Desired desired) {
        Set<String> wanted = new HashSet<>(desired.strings("ManagedPolicyArns"));
        previous.strings("ManagedPolicyArns").stream()
                .filter(arn -> !wanted.contains(arn))
                .forEach(arn -> AwsErrors.ignoringNotFound(
                        () -> iam.detachRolePolicy(r -> r.roleName(name).policyArn(arn))));
        wanted.forEach(arn -> iam.attachRolePolicy(r -> r.roleName(name).policyArn(arn)));
        Set<String> inline = new HashSet<>();
        desired.objects("Policies").forEach(policy -> {
            String policyName = policy.required("PolicyName");
            inline.add(policyName);
            iam.putRolePolicy(r -> r.roleName(name)
                    .policyName(policyName)
                    .policyDocument(policy.document("PolicyDocument").orElseThrow()));
        });
        previous.objects("Policies").stream()
                .map(p -> p.required("PolicyName"))
                .filter(p -> !inline.contains(p))
                .forEach(p -> AwsErrors.ignoringNotFound(
                        () -> iam.deleteRolePolicy(r -> r.roleName(name).policyName(p))));
    }

    private static List<String> attached(IamClient iam, String name) {
        return iam.listAttachedRolePoliciesPaginator(r -> r.roleName(name)).attachedPolicies().stream()
                .map(AttachedPolicy::policyArn)
                .toList();
    }

    static Optional<Role> describe(IamClient iam, String name) {
        return AwsErrors.unlessNotFound(() -> iam.getRole(r -> r.roleName(name)).role());
    }
}
