package dev.gantry.action;

import dev.gantry.changeset.DesiredResource;
import java.net.URI;
import java.util.Optional;

/**
 * Where and as whom a provider calls the cloud, taken from the component's Region and AWS Credential.
 *
 * @param region      e.g. {@code us-east-1}
 * @param credentials static keys from an AWS Credential component; empty means the SDK's default chain
 * @param assumeRoleArn a role to assume on top of the credentials, when the credential names one
 * @param endpoint    an endpoint override for emulators (moto, LocalStack); empty means AWS itself
 */
public record CloudContext(
        String region,
        Optional<StaticCredentials> credentials,
        Optional<String> assumeRoleArn,
        Optional<URI> endpoint) {

    /**
     * Where and as whom to call the cloud for a component on HEAD: its Region, and its AWS Credential's keys
     * unless that credential says to use the SDK's default chain (a role to assume applies either way).
     */
    public static CloudContext of(DesiredResource desired) {
        Optional<DesiredResource.CredentialValues> credential = desired.credential().filter(c -> !c.useDefaultChain());
        Optional<StaticCredentials> keys = credential.flatMap(c -> c.accessKeyId().flatMap(id ->
                c.secretAccessKey().map(secret -> new StaticCredentials(id, secret, c.sessionToken()))));
        return new CloudContext(desired.region().orElse(null), keys,
                desired.credential().flatMap(DesiredResource.CredentialValues::roleArn), Optional.empty());
    }

    /** Access keys in plaintext: built only at the moment of a cloud call, never persisted or logged. */
    public record StaticCredentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {
        @Override
        public String toString() {
            return "StaticCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
        }
    }
}
