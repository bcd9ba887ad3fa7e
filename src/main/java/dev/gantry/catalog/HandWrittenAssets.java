package dev.gantry.catalog;

import dev.gantry.catalog.PropertyType.ArrayOf;
import dev.gantry.catalog.PropertyType.ObjectType;
import dev.gantry.catalog.Socket.Arity;
import dev.gantry.catalog.Socket.SocketDirection;
import dev.gantry.catalog.Socket.SocketSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assets the CloudFormation catalogue does not have but the reference workflow uses: connection settings
 * (credential, region), IAM policy statements, the ECR repository policy, and a role-policy asset that can also
 * attach a managed policy.
 */
final class HandWrittenAssets {

    static final String CREDENTIAL = "AWS Credential";
    static final String REGION = "Region";
    static final String POLICY_STATEMENT = "AWS::IAM::PolicyStatement";
    static final String ECR_REPOSITORY_POLICY = "AWS ECR Private Repository Policy";
    static final String ROLE_POLICY = "AWS::IAM::RolePolicy";

    private static final PropertyType STRINGS = new ArrayOf(TypeBuilder.STRING);

    private HandWrittenAssets() {}

    static List<Asset> all(Socket region, Socket credential) {
        return List.of(
                credential(),
                region(),
                policyStatement(),
                ecrRepositoryPolicy(region, credential),
                rolePolicy(region, credential));
    }

    /** The two context inputs every asset with a cloud resource has. */
    static Socket regionInput() {
        return new Socket(
                "Region",
                SocketDirection.INPUT,
                Arity.ONE,
                SocketSource.CONTEXT,
                null,
                List.of(SocketAnnotations.REGION));
    }

    static Socket credentialInput() {
        return new Socket(
                CREDENTIAL,
                SocketDirection.INPUT,
                Arity.ONE,
                SocketSource.CONTEXT,
                null,
                List.of(SocketAnnotations.AWS_CREDENTIAL));
    }

    private static Asset credential() {
        Map<String, Property> props = new LinkedHashMap<>();
        props.put(
                "UseDefaultChain",
                prop(
                        "UseDefaultChain",
                        TypeBuilder.BOOLEAN,
                        false,
                        false,
                        "Use the SDK's default credential chain (environment, profiles, SSO) instead of keys."));
        props.put("AccessKeyId", prop("AccessKeyId", TypeBuilder.STRING, false, true, "The access key id."));
        props.put(
                "SecretAccessKey", prop("SecretAccessKey", TypeBuilder.STRING, false, true, "The secret access key."));
        props.put(
                "SessionToken",
                prop("SessionToken", TypeBuilder.STRING, false, true, "The session token of temporary credentials."));
        props.put(
                "RoleArn",
                prop("RoleArn", TypeBuilder.STRING, false, false, "A role to assume with these credentials."));
        Socket out = new Socket(
                CREDENTIAL,
                SocketDirection.OUTPUT,
                Arity.MANY,
                SocketSource.WHOLE_VALUE,
                null,
                List.of(CREDENTIAL, SocketAnnotations.AWS_CREDENTIAL));
        return configuration(
                CREDENTIAL,
                "AWS credentials: access keys (secret, encrypted at rest) or the default "
                        + "credential chain, optionally assuming a role. As a down frame it feeds every asset inside it.",
                props,
                List.of(),
                List.of(out));
    }

    private static Asset region() {
        Map<String, Property> props = new LinkedHashMap<>();
        props.put(
                "Region",
                new Property(
                        "Region",
                        TypeBuilder.STRING,
                        true,
                        false,
                        false,
                        "The AWS Region, such as us-east-1.",
                        KnownRules.pattern("^[a-z]{2}(-[a-z]+)+-\\d$")));
        Socket out = new Socket(
                "Region",
                SocketDirection.OUTPUT,
                Arity.MANY,
                SocketSource.PROPERTY,
                "Region",
                List.of("Region", SocketAnnotations.REGION));
        return configuration(
                REGION,
                "An AWS Region. As a down frame it sets the region of every asset inside it.",
                props,
                List.of(),
                List.of(out));
    }

    private static Asset policyStatement() {
        Map<String, Property> principal = new LinkedHashMap<>();
        principal.put(
                "Service", prop("Service", STRINGS, false, false, "Service principals (ecs-tasks.amazonaws.com)."));
        principal.put("AWS", prop("AWS", STRINGS, false, false, "Account, user or role ARNs."));
        principal.put("Federated", prop("Federated", STRINGS, false, false, "Identity providers."));
        Map<String, Property> props = new LinkedHashMap<>();
        props.put("Sid", prop("Sid", TypeBuilder.STRING, false, false, "An optional statement id."));
        props.put(
                "Effect",
                new Property(
                        "Effect",
                        TypeBuilder.STRING,
                        true,
                        false,
                        false,
                        "Whether the statement allows or denies.",
                        KnownRules.allowed("Allow", "Deny")));
        props.put("Action", prop("Action", STRINGS, true, false, "Actions, such as ecr:BatchGetImage."));
        props.put("Resource", prop("Resource", STRINGS, false, false, "Resource ARNs the statement covers."));
        props.put(
                "Principal",
                prop(
                        "Principal",
                        new ObjectType("Principal", Collections.unmodifiableMap(principal)),
                        false,
                        false,
                        "Who the statement applies to (resource and trust policies)."));
        props.put("Condition", prop("Condition", TypeBuilder.JSON, false, false, "Conditions, as IAM JSON."));
        Socket out = new Socket(
                "Policy Statement",
                SocketDirection.OUTPUT,
                Arity.MANY,
                SocketSource.WHOLE_VALUE,
                null,
                List.of("Policy Statement", SocketAnnotations.POLICY_STATEMENT));
        return configuration(
                POLICY_STATEMENT,
                "One IAM policy statement. Its output feeds policy-document inputs "
                        + "(AssumeRolePolicyDocument, PolicyDocument, RepositoryPolicyText); place it in an up frame that "
                        + "collects statements.",
                props,
                List.of(),
                List.of(out));
    }

    private static Asset ecrRepositoryPolicy(Socket region, Socket credential) {
        Map<String, Property> props = new LinkedHashMap<>();
        props.put(
                "RepositoryName",
                prop(
                        "RepositoryName",
                        TypeBuilder.STRING,
                        true,
                        false,
                        "The private repository the policy applies to."));
        props.put(
                "PolicyText",
                prop(
                        "PolicyText",
                        TypeBuilder.JSON,
                        true,
                        false,
                        "The repository policy document, assembled from the statements connected to it."));
        List<Socket> inputs = List.of(
                new Socket(
                        "Repository Name",
                        SocketDirection.INPUT,
                        Arity.ONE,
                        SocketSource.PROPERTY,
                        "RepositoryName",
                        List.of("AWS::ECR::Repository.RepositoryName")),
                policyInput("PolicyText"),
                region,
                credential);
        return new Asset(
                ECR_REPOSITORY_POLICY,
                AssetKind.RESOURCE,
                "ECR",
                "The policy of a private ECR repository (ECR SetRepositoryPolicy). Use it as an up frame around "
                        + "policy statements inside the repository's down frame.",
                props,
                Map.of(),
                List.of("RepositoryName"),
                inputs,
                List.of());
    }

    /**
     * CloudFormation's AWS::IAM::RolePolicy is an inline policy (PolicyName + PolicyDocument); the how-to uses the
     * same name to attach a managed policy by PolicyArn. This asset supports both: set PolicyArn to attach a
     * managed policy, or PolicyName and PolicyDocument to put an inline one.
     */
    private static Asset rolePolicy(Socket region, Socket credential) {
        Map<String, Property> props = new LinkedHashMap<>();
        props.put(
                "RoleName",
                new Property(
                        "RoleName",
                        TypeBuilder.STRING,
                        true,
                        true,
                        false,
                        "The role the policy is attached to or embedded in.",
                        ValueRules.NONE));
        props.put(
                "PolicyArn",
                new Property(
                        "PolicyArn",
                        TypeBuilder.STRING,
                        false,
                        true,
                        false,
                        "A managed policy to attach (arn:aws:iam::aws:policy/...). Leave PolicyName and PolicyDocument empty.",
                        KnownRules.pattern("^arn:aws[a-z-]*:iam::(aws|\\d{12}):policy/.+$")));
        props.put(
                "PolicyName",
                prop(
                        "PolicyName",
                        TypeBuilder.STRING,
                        false,
                        false,
                        "The name of an inline policy (with PolicyDocument)."));
        props.put(
                "PolicyDocument",
                prop(
                        "PolicyDocument",
                        TypeBuilder.JSON,
                        false,
                        false,
                        "The inline policy document, assembled from the statements connected to it."));
        List<Socket> inputs = List.of(
                new Socket(
                        "Role Name",
                        SocketDirection.INPUT,
                        Arity.ONE,
                        SocketSource.PROPERTY,
                        "RoleName",
                        List.of("AWS::IAM::Role.RoleName")),
                new Socket(
                        "Policy Arn",
                        SocketDirection.INPUT,
                        Arity.ONE,
                        SocketSource.PROPERTY,
                        "PolicyArn",
                        List.of("PolicyArn")),
                policyInput("PolicyDocument"),
                region,
                credential);
        return new Asset(
                ROLE_POLICY,
                AssetKind.RESOURCE,
                "IAM",
                "Attaches a managed policy (PolicyArn) to an IAM "
                        + "role, or embeds an inline policy (PolicyName + PolicyDocument) in it.",
                props,
                Map.of(),
                List.of("RoleName", "PolicyArn"),
                inputs,
                List.of());
    }

    private static Socket policyInput(String property) {
        return new Socket(
                SocketNames.spaced(property),
                SocketDirection.INPUT,
                Arity.MANY,
                SocketSource.PROPERTY,
                property,
                List.of(SocketAnnotations.POLICY_STATEMENT));
    }

    private static Asset configuration(
            String name, String doc, Map<String, Property> props, List<Socket> inputs, List<Socket> outputs) {
        return new Asset(name, AssetKind.CONFIGURATION, "Gantry", doc, props, Map.of(), List.of(), inputs, outputs);
    }

    private static Property prop(String name, PropertyType type, boolean required, boolean secret, String doc) {
        return new Property(name, type, required, false, secret, doc, ValueRules.NONE);
    }
}
