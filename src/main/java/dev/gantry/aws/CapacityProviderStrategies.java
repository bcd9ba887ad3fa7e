package dev.gantry.aws;

import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import tools.jackson.databind.node.ArrayNode;

/** ECS capacity provider strategies ({CapacityProvider, Base, Weight}) between CloudFormation's shape and ECS's. */
final class CapacityProviderStrategies {

    private CapacityProviderStrategies() {}

    /** Null when empty, so that optional request fields stay unset. */
    static @Nullable List<CapacityProviderStrategyItem> toSdk(List<Desired> items) {
        if (items.isEmpty()) {
            return null;
        }
        return items.stream()
                .map(i -> CapacityProviderStrategyItem.builder()
                        .capacityProvider(i.required("CapacityProvider"))
                        .base(i.integer("Base").orElse(null))
                        .weight(i.integer("Weight").orElse(null))
                        .build())
                .toList();
    }

    static ArrayNode fromSdk(List<CapacityProviderStrategyItem> items) {
        ArrayNode array = Desired.newObject().arrayNode();
        items.forEach(i -> array.addObject()
                .put("CapacityProvider", i.capacityProvider())
                .put("Base", i.base() == null ? 0 : i.base())
                .put("Weight", i.weight() == null ? 0 : i.weight()));
        return array;
    }
}
