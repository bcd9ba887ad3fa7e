package dev.gantry.action;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where and as whom a provider calls the cloud, taken from the component's Region and AWS Credential by
 * {@link CloudContexts}, the one place that mapping is made.
 *
 * @param region      e.g. {@code us-east-1}; null when no Region feeds the component (the provider's default)
 * @param credentials static keys from an AWS Credential component; empty means the SDK's default chain
 * @param assumeRoleArn a role to assume on top of the credentials, when the credential names one
 * @param endpoint    an endpoint override for emulators (moto, LocalStack); empty means AWS itself
 */
public record CloudContext(
        @Nullable String region,
        Optional<StaticCredentials> credentials,
        Optional<String> assumeRoleArn,
        Optional<URI> endpoint) {

    /** Access keys in plaintext: built only at the moment of a cloud call, never persisted or logged. */
    public record StaticCredentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {
        @Override
        public String toString() {
            return "StaticCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
        }
    }
}
