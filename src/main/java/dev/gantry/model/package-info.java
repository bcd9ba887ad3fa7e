/**
 * Components, frames, connections and their semantics: value resolution through frames and edges,
 * qualifications, diffs, the planned actions of a change. Pure values and rules over the catalogue; imports no
 * Spring and no persistence.
 */
@ApplicationModule(
        displayName = "Model",
        allowedDependencies = {"catalog"})
@NullMarked
package dev.gantry.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
