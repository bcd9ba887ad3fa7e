package dev.gantry.discovery;

import dev.gantry.model.ComponentId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to discover.
 *
 * @param parent     the frame the discovered resources go in; its Region and AWS Credential say where to look
 *                   (a Region frame, or any frame inside one)
 * @param credential instead of {@code parent}: an AWS Credential component, with {@code region}; a Region frame
 *                   is added inside the credential for what is found
 * @param region     with {@code credential}: the region to look in ({@code us-east-1})
 * @param types      CloudFormation types to list; empty for every type with a native listing. Other types are
 *                   listed through Cloud Control
 * @param vpcId      only what belongs to this VPC: resources naming it, and what those connect to
 * @param tag        only resources carrying this tag, as {@code Key=Value} (or {@code Key} for any value)
 */
public record DiscoveryRequest(
        @Nullable ComponentId parent,
        @Nullable ComponentId credential,
        @Nullable String region,
        List<String> types,
        @Nullable String vpcId,
        @Nullable String tag) {

    public DiscoveryRequest {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
