package dev.gantry.aws;

import java.util.Set;

/**
 * A create succeeded, yet reading the new resource back found nothing: the read went to a part of AWS the create
 * has not reached yet. Waited out like the rules in {@link PropagationRules}.
 */
final class NotVisibleYet extends RuntimeException {

    static final PropagationRule RULE = new PropagationRule(
            "any",
            "Describe/Get after a create",
            "(empty answer)",
            "",
            Set.of(PropagationRule.Phase.CREATE),
            "the new resource is not visible to reads yet");

    NotVisibleYet(String resourceType, String componentId) {
        super(
                "the new " + resourceType + " of component " + componentId + " cannot be read back yet",
                null,
                false,
                false);
    }
}
