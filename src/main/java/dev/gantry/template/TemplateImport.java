package dev.gantry.template;

import dev.gantry.changeset.ChangeSetId;
import dev.gantry.model.ComponentId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: the change set it landed in, the components it created by logical id (folded parts by
 * the id their metadata gives, or {@code LogicalId/Path}), and what it could not represent.
 */
public record TemplateImport(
        ChangeSetId changeSetId, Map<String, ComponentId> components, List<TemplateFinding> findings) {

    public TemplateImport {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        findings = List.copyOf(findings);
    }
}
