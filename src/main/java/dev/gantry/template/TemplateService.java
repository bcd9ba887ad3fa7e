package dev.gantry.template;

import dev.gantry.catalog.Catalog;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.model.ComponentId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * CloudFormation templates in and out of change sets: {@link #export} writes a change set (or HEAD) as a template
 * that deploys as one stack; {@link #importTemplate} turns a template into components, connections and frames in a
 * change set, in one transaction, and reports what it could not represent.
 */
@Service
public class TemplateService {

    private final ComponentService components;
    private final Catalog catalog;

    TemplateService(ComponentService components, Catalog catalog) {
        this.components = components;
        this.catalog = catalog;
    }

    public String export(ChangeSetId changeSet, TemplateFormat format) {
        return export(changeSet, format, null);
    }

    /**
     * The change set as a template; with {@code frame}, only that frame, what it holds and the frames around it (a
     * stack lives in one Region, and a change set may span several).
     */
    public String export(ChangeSetId changeSet, TemplateFormat format, @Nullable ComponentId frame) {
        String description = "Exported by Gantry from " + (changeSet.isHead() ? "HEAD" : "change set " + changeSet);
        return TemplateText.write(
                components.read(changeSet, model -> TemplateExporter.export(model, description, frame)), format);
    }

    /**
     * Reads the template (YAML or JSON, short-form tags included) and adds what it describes to the change set
     * (HEAD forks one), inside {@code parent} when given. A malformed template is refused before anything is stored.
     */
    public TemplateImport importTemplate(ChangeSetId changeSet, String template, @Nullable ComponentId parent) {
        TemplateText.Parsed parsed = TemplateText.parse(template);
        TemplateReader.Read read = TemplateReader.read(catalog, parsed);
        var batch = components.batch(
                changeSet, "import template", model -> TemplateImporter.apply(model, catalog, read, parent));
        return new TemplateImport(
                batch.changeSetId(), batch.result().components(), batch.result().findings());
    }
}
