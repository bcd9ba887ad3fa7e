/**
 * The embedded PostgreSQL started when no datasource URL is configured. Depends on no other module.
 */
@ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
@NullMarked
package dev.gantry.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
