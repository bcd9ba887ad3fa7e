package dev.gantry.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A component with every value resolved: manual values, values flowing through connections, and where each
 * came from. {@code context} holds what CONTEXT inputs ({@code Region}, {@code AWS Credential}) resolved to.
 * {@code ambiguities} explains inputs that frames could not decide.
 */
public record ResolvedComponent(
        Component component,
        ObjectNode domain,
        Map<String, ValueSource> sources,
        Map<String, JsonNode> context,
        List<Ambiguity> ambiguities) {

    public ResolvedComponent {
        sources = Map.copyOf(sources);
        context = Map.copyOf(context);
        ambiguities = List.copyOf(ambiguities);
    }

    /** Several frame candidates at the same distance for an arity-one input: nothing is connected. */
    public record Ambiguity(String input, List<Connection> candidates, String explanation) {
        public Ambiguity {
            candidates = List.copyOf(candidates);
        }
    }
}
