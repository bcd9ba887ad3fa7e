package dev.gantry.template;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Socket;
import dev.gantry.model.ConnectionInference;
import dev.gantry.model.Containment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the resources of a template without Gantry metadata go: discovery's containment rules
 * ({@link Containment}) applied to the template's references, so a template and an account's resources are drawn
 * alike (subnets and security groups inside their VPC, a listener inside its load balancer). Resources with
 * metadata, and parts folded into a resource, keep the place the template gives them and take no part here.
 */
final class InferredFrames {

    private InferredFrames() {}

    static Containment.Placement of(Catalog catalog, Iterable<ImportPlan.Planned> planned) {
        Map<String, ImportPlan.Planned> free = new LinkedHashMap<>();
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (ImportPlan.Planned p : planned) {
            if (p.key.equals(p.resource) && !p.hasMetadata && p.consumer == null && p.metadataParent == null) {
                free.put(p.key, p);
                assets.put(p.key, catalog.require(p.asset));
            }
        }
        List<ConnectionInference.Reference> references = new ArrayList<>();
        free.values()
                .forEach(p -> p.feeds.stream()
                        .filter(f -> free.containsKey(f.sourceKey())
                                && !f.sourceKey().equals(p.key))
                        .forEach(f -> reference(assets.get(p.key), p.key, f).ifPresent(references::add)));
        return Containment.place(assets, references);
    }

    /** A feed as discovery sees a reference: named by the sockets' own names and the input's top-level property. */
    private static Optional<ConnectionInference.Reference> reference(Asset asset, String to, ImportPlan.Feed feed) {
        return asset.input(feed.input())
                .filter(input -> input.property() != null)
                .map(input -> new ConnectionInference.Reference(
                        feed.sourceKey(), feed.output(), to, input.name(), topLevel(input)));
    }

    private static String topLevel(Socket input) {
        return input.propertyPath().getFirst();
    }
}
