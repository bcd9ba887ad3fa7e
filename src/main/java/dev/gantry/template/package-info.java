/**
 * CloudFormation templates both ways: a change set exported as a template ({@link dev.gantry.template.TemplateService}
 * {@code export}) and a template imported into a change set as components, connections and frames, with a finding
 * for everything a diagram cannot represent. Entry point: {@link dev.gantry.template.TemplateService}.
 */
@ApplicationModule(
        displayName = "CloudFormation template",
        allowedDependencies = {"catalog", "changeset", "model"})
@NullMarked
package dev.gantry.template;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
