/**
 * HEAD and change sets in PostgreSQL: fork, edit, diff, review, approve, merge, rebase, the audit trail, and
 * the resource data apply records on HEAD. Entry points: {@link dev.gantry.changeset.ChangeSetService},
 * {@link dev.gantry.changeset.ComponentService}, {@link dev.gantry.changeset.ConnectionService},
 * {@link dev.gantry.changeset.ResourceService}.
 */
@ApplicationModule(
        displayName = "Change set",
        allowedDependencies = {"catalog", "model", "secret", "security"})
@NullMarked
package dev.gantry.changeset;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
