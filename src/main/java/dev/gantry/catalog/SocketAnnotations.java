package dev.gantry.catalog;

/**
 * The annotations Gantry adds to sockets beyond the CloudFormation ones. They are deliberately namespaced
 * ({@code Gantry::...}) so that {@link SocketMatcher}'s suffix rule cannot confuse them with a CloudFormation
 * property that happens to end in "Region" or "Policy".
 */
public final class SocketAnnotations {

    /** Carried by the {@code Region} asset's output and by every resource's {@code Region} input. */
    public static final String REGION = "Gantry::Region";

    /** Carried by the {@code AWS Credential} asset's output and by every resource's {@code AWS Credential} input. */
    public static final String AWS_CREDENTIAL = "Gantry::AWSCredential";

    /**
     * Carried by a policy statement's output and by every policy-document input ({@code AssumeRolePolicyDocument},
     * {@code PolicyDocument}, {@code RepositoryPolicyText}). Such an input has arity MANY: the statements connected
     * to it become {@code {"Version": "2012-10-17", "Statement": [...]}}.
     */
    public static final String POLICY_STATEMENT = "Gantry::PolicyStatement";

    /** The IAM policy language version a document assembled from statements declares. */
    public static final String POLICY_VERSION = "2012-10-17";

    private SocketAnnotations() {}

    /** The annotation joining a sub-asset's whole-value output to its parent's input. */
    public static String subAsset(String subAssetName) {
        return "Gantry::SubAsset[" + subAssetName + "]";
    }
}
