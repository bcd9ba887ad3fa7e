package dev.gantry.discovery;

import dev.gantry.action.CloudContext;
import java.util.List;

/**
 * Enumerates an account's resources for discovery. Implemented by a cloud provider ({@code aws}): native list
 * calls for the types it manages natively, the Cloud Control API's {@code ListResources} for any other type.
 */
public interface ResourceLister {

    /** The types discovery lists when the user names none: those with a native listing, in dependency order. */
    List<String> nativeTypes();

    /**
     * The identifiers of every resource of the type in the context's account and region, in the form the provider's
     * read takes. Resources the cloud makes by itself and removes with their owner (a VPC's default security
     * group and main route table, a group's default egress rule) are left out: nobody can delete them.
     */
    List<String> list(String resourceType, CloudContext context);
}
