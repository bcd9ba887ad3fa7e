package dev.gantry.action;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a deleted component's delete action needs once the merge has removed the component from HEAD: its
 * resource and where and as whom to call the cloud. Credential secrets are kept sealed (see SecretBox).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeletedResource(String identifier, String resourceType, ObjectNode desiredState, String region,
                       String accessKeyId, String sealedSecretAccessKey, String sealedSessionToken,
                       String roleArn) {
}
