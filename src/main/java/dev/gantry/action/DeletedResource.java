package dev.gantry.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a deleted component's delete action needs once the merge has removed the component from HEAD: its
 * resource and where and as whom to call the cloud. Credential secrets are kept sealed (see SecretBox).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeletedResource(
        @Nullable String identifier,
        String resourceType,
        ObjectNode desiredState,
        @Nullable String region,
        @Nullable String accessKeyId,
        @Nullable String sealedSecretAccessKey,
        @Nullable String sealedSessionToken,
        @Nullable String roleArn) {}
