package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import software.amazon.awssdk.services.iam.IamClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS::IAM::RolePolicy in both of Gantry's forms. With PolicyName and PolicyDocument it is CloudFormation's inline
 * policy (PutRolePolicy); with PolicyArn it is Gantry's managed-policy attachment (AttachRolePolicy), the form the
 * reference workflow uses. Identified as {@code PolicyName|RoleName} or {@code PolicyArn|RoleName}. Both calls
 * are idempotent, so a repeated create is harmless.
 */
final class IamRolePolicyHandler implements ResourceHandler {

    private final AwsClients clients;

    IamRolePolicyHandler(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        Desired d = Desired.of(request.desiredState());
        String role = d.required("RoleName");
        String policy = put(clients.iam(request.context()), role, d);
        request.created(policy + "|" + role);
        return read(request, policy + "|" + role);
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        IamClient iam = clients.iam(request.context());
        Id id = Id.parse(identifier);
        if (id.isManaged()) {
            boolean attached = AwsErrors.unlessNotFound(() -> iam.listAttachedRolePolicies(r -> r.roleName(id.role()))
                            .attachedPolicies())
                    .map(list -> list.stream().anyMatch(p -> id.policy().equals(p.policyArn())))
                    .orElse(false);
            return attached
                    ? StateBuilder.of(identifier)
                            .put("PolicyArn", id.policy())
                            .put("RoleName", id.role())
                            .build()
                    : ResourceState.missing();
        }
        return AwsErrors.unlessNotFound(
                        () -> iam.getRolePolicy(r -> r.roleName(id.role()).policyName(id.policy())))
                .map(p -> StateBuilder.of(identifier)
                        .put("PolicyName", p.policyName())
                        .put("RoleName", p.roleName())
                        .put("PolicyDocument", PolicyDocuments.parse(p.policyDocument()))
                        .build())
                .orElseGet(ResourceState::missing);
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previous) {
        Changes.between(request.resourceType(), previous, request.desiredState())
                .requireOnly(java.util.Set.of("PolicyDocument"));
        put(clients.iam(request.context()), Id.parse(identifier).role(), Desired.of(request.desiredState()));
        return read(request, identifier);
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        IamClient iam = clients.iam(request.context());
        Id id = Id.parse(identifier);
        AwsErrors.ignoringNotFound(() -> {
            if (id.isManaged()) {
                iam.detachRolePolicy(r -> r.roleName(id.role()).policyArn(id.policy()));
            } else {
                iam.deleteRolePolicy(r -> r.roleName(id.role()).policyName(id.policy()));
            }
        });
    }

    /** Attaches or puts the policy and returns the first half of its identifier. */
    private static String put(IamClient iam, String role, Desired d) {
        if (d.text("PolicyArn").isPresent()) {
            String arn = d.required("PolicyArn");
            iam.attachRolePolicy(r -> r.roleName(role).policyArn(arn));
            return arn;
        }
        String name = d.required("PolicyName");
        String document = PolicyDocuments.find(d, "PolicyDocument")
                .orElseThrow(() -> new ProviderException("PolicyDocument or PolicyArn is required", false, null));
        iam.putRolePolicy(r -> r.roleName(role).policyName(name).policyDocument(document));
        return name;
    }

    private record Id(String policy, String role) {
        static Id parse(String identifier) {
            int bar = identifier.lastIndexOf('|');
            return new Id(identifier.substring(0, bar), identifier.substring(bar + 1));
        }

        boolean isManaged() {
            return policy.startsWith("arn:");
        }
    }
}
