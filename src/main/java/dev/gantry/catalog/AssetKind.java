package dev.gantry.catalog;

/** What a component of an asset stands for in the cloud. */
public enum AssetKind {
    /** A CloudFormation resource type: components of it are created, updated and deleted in AWS. */
    RESOURCE,
    /** One array-of-objects property of another asset: its value is embedded in the parent's desired state. */
    SUB_ASSET,
    /** Configuration with no resource of its own (AWS Credential, Region, a policy statement). */
    CONFIGURATION
}
