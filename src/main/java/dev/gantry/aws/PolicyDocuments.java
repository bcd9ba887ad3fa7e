package dev.gantry.aws;

import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds a policy document in a desired state. Gantry's hand-written policy assets may carry it whole (PolicyText,
 * PolicyDocument) or as the statements their up frame collected (Statement), which are wrapped in a document.
 */
final class PolicyDocuments {

    private static final String VERSION = "2012-10-17";

    private PolicyDocuments() {}

    static Optional<String> find(Desired d, String... wholeDocumentNames) {
        for (String name : wholeDocumentNames) {
            Optional<String> document = d.document(name);
            if (document.isPresent()) {
                return document;
            }
        }
        if (d.node().get("Statement") == null) {
            return Optional.empty();
        }
        ObjectNode document = Desired.newObject().put("Version", VERSION);
        document.set("Statement", d.node().get("Statement"));
        return Optional.of(Desired.write(document));
    }

    /** Policy JSON text as an object for resource state; IAM returns it URL-encoded. */
    static ObjectNode parse(String text) {
        String json = text.trim().startsWith("%7B") || text.trim().startsWith("%7b")
                ? java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8)
                : text;
        return Desired.parse(json);
    }
}
