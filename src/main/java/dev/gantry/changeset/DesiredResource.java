package dev.gantry.changeset;

import dev.gantry.model.ComponentId;
import dev.gantry.model.ResourceData;
import dev.gantry.model.UnresolvedInput;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a provider must be sent for a component on HEAD, resolved at the moment of the call (late binding):
 * upstream ids and ARNs recorded so far have flowed in. Secrets are in plaintext here and nowhere else, so a
 * value of this type lives only in memory for the duration of a cloud call; {@link #toString()} redacts.
 *
 * @param desiredState the resource's own properties in CloudFormation shape (no Gantry-only keys)
 * @param region       what the component's {@code Region} input resolved to ({@code us-east-1})
 * @param credential   the AWS Credential component feeding its {@code AWS Credential} input (frame or edge)
 * @param resource     what HEAD has recorded for the resource so far; null before the first create
 * @param unresolved   inputs that connections should feed but cannot yet: while there are any, nothing is sent
 * @param imported     the identifier of the existing resource the component adopts (import), or null
 */
public record DesiredResource(
        ComponentId id,
        String name,
        String resourceType,
        ObjectNode desiredState,
        Optional<String> region,
        Optional<CredentialValues> credential,
        @Nullable ResourceData resource,
        List<UnresolvedInput> unresolved,
        @Nullable String imported) {

    public DesiredResource(
            ComponentId id,
            String name,
            String resourceType,
            ObjectNode desiredState,
            Optional<String> region,
            Optional<CredentialValues> credential,
            @Nullable ResourceData resource,
            List<UnresolvedInput> unresolved) {
        this(id, name, resourceType, desiredState, region, credential, resource, unresolved, null);
    }

    public DesiredResource {
        desiredState = desiredState.deepCopy();
        unresolved = List.copyOf(unresolved);
    }

    /** A copy: the provider may shape it for its API without changing what the next call is sent. */
    @Override
    public ObjectNode desiredState() {
        return desiredState.deepCopy();
    }

    @Override
    public String toString() {
        return "DesiredResource[id=" + id + ", name=" + name + ", resourceType=" + resourceType + ", region=" + region
                + ", credential=" + credential + "]";
    }

    /** Plaintext only in memory, for the moment of a cloud call; {@link #toString()} redacts the secrets. */
    public record CredentialValues(
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey,
            Optional<String> sessionToken,
            Optional<String> roleArn,
            boolean useDefaultChain) {

        @Override
        public String toString() {
            return "CredentialValues[accessKeyId=" + redacted(accessKeyId) + ", secretAccessKey="
                    + redacted(secretAccessKey) + ", sessionToken=" + redacted(sessionToken) + ", roleArn="
                    + roleArn.orElse("none") + ", useDefaultChain=" + useDefaultChain + "]";
        }

        private static String redacted(Optional<String> secret) {
            return secret.isPresent() ? "<redacted>" : "none";
        }
    }
}
