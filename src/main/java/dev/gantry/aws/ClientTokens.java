package dev.gantry.aws;

import dev.gantry.action.ResourceRequest;

/** Client tokens from the action's idempotency token, cut to what each API accepts (EC2 64, ECS 36, …). */
final class ClientTokens {

    private ClientTokens() {}

    static String of(ResourceRequest request, int maxLength) {
        String token = request.idempotencyToken().replaceAll("[^-A-Za-z0-9+/=]", "");
        return token.length() > maxLength ? token.substring(token.length() - maxLength) : token;
    }

    /** A name for resources whose name the user left empty, stable per component so retries pick the same one. */
    static String generatedName(ResourceRequest request, int maxLength) {
        String name = ("gantry-" + request.componentId()).toLowerCase().replaceAll("[^a-z0-9-]", "-");
        return name.length() > maxLength ? name.substring(0, maxLength) : name;
    }
}
