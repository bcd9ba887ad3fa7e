/**
 * The Vaadin UI: the editor view, its panels and the canvas adapter ({@code ui.canvas}, internal). The only
 * module that imports Vaadin.
 */
@ApplicationModule(
        displayName = "UI",
        allowedDependencies = {"action", "catalog", "changeset", "discovery", "image", "model", "security", "template"})
@NullMarked
package dev.gantry.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
