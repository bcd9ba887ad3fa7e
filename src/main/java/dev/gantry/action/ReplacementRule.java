package dev.gantry.action;

import java.util.Set;

/** Whether changing these properties of a resource type means replacing the resource rather than updating it. */
@FunctionalInterface
interface ReplacementRule {

    /** For providers that change everything in place (and for tests of the engine alone). */
    ReplacementRule NEVER = (resourceType, changedProperties) -> false;

    boolean requiresReplacement(String resourceType, Set<String> changedProperties);
}
