package dev.gantry.action;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.DesiredResource;
import dev.gantry.changeset.ResourceService;
import dev.gantry.model.ComponentId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one mapping from a component's Region and AWS Credential to a {@link CloudContext}: used by apply for
 * creates, updates and refreshes, by the capture of what a delete will need, and by image push (through
 * {@code aws}), so that every cloud call for a component is made as the same identity.
 */
@Component
public class CloudContexts {

    private final ResourceService resources;

    CloudContexts(ResourceService resources) {
        this.resources = resources;
    }

    /** Where and as whom to call the cloud for a component on HEAD, resolved now. */
    public CloudContext forComponent(ComponentId component) {
        return of(resources.desiredResource(component));
    }

    /** Where and as whom a component of that asset would call the cloud if it were placed in {@code parent}. */
    public CloudContext forNewComponent(ChangeSetId changeSet, ComponentId parent, String assetName) {
        return of(resources.probe(changeSet, parent, assetName));
    }

    /**
     * The component's Region, and its AWS Credential's keys unless that credential says to use the SDK's default
     * chain (a role to assume applies either way).
     */
    static CloudContext of(DesiredResource desired) {
        Optional<DesiredResource.CredentialValues> credential = desired.credential();
        Optional<CloudContext.StaticCredentials> keys = credential
                .filter(c -> !c.useDefaultChain())
                .flatMap(c -> c.accessKeyId()
                        .flatMap(id -> c.secretAccessKey()
                                .map(secret -> new CloudContext.StaticCredentials(id, secret, c.sessionToken()))));
        return new CloudContext(
                desired.region().orElse(null),
                keys,
                credential.flatMap(DesiredResource.CredentialValues::roleArn),
                Optional.empty());
    }
}
