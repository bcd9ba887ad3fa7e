package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.AssetKind;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketAnnotations;

/**
 * What a component becomes in a template. Most resources are {@code Resources} entries; sub-assets and policy
 * statements fold into the property of the resource they feed; the two hand-written assets CloudFormation has no
 * type for fold into their resource (an ECR repository policy into the repository's {@code RepositoryPolicyText},
 * a managed-policy attachment into the role's {@code ManagedPolicyArns}); a Region becomes the stack's region; a
 * credential never appears.
 */
enum TemplateShape {
    RESOURCE,
    PART,
    REPOSITORY_POLICY,
    ROLE_POLICY,
    REGION,
    CREDENTIAL,
    OTHER;

    static final String REPOSITORY_POLICY_ASSET = "AWS ECR Private Repository Policy";
    static final String ROLE_POLICY_ASSET = "AWS::IAM::RolePolicy";
    static final String POLICY_STATEMENT_ASSET = "AWS::IAM::PolicyStatement";
    static final String REGION_ASSET = "Region";

    static TemplateShape of(Asset asset, boolean attachesManagedPolicy) {
        if (carries(asset, SocketAnnotations.AWS_CREDENTIAL)) {
            return CREDENTIAL;
        }
        if (carries(asset, SocketAnnotations.REGION)) {
            return REGION;
        }
        if (asset.name().equals(REPOSITORY_POLICY_ASSET)) {
            return REPOSITORY_POLICY;
        }
        if (asset.name().equals(ROLE_POLICY_ASSET) && attachesManagedPolicy) {
            return ROLE_POLICY;
        }
        if (asset.kind() == AssetKind.RESOURCE) {
            return RESOURCE;
        }
        if (asset.kind() == AssetKind.SUB_ASSET || carries(asset, SocketAnnotations.POLICY_STATEMENT)) {
            return PART;
        }
        return OTHER;
    }

    private static boolean carries(Asset asset, String annotation) {
        for (Socket output : asset.outputs()) {
            if (output.annotations().contains(annotation)) {
                return true;
            }
        }
        return false;
    }
}
