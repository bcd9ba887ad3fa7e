/**
 * Assets: the CloudFormation catalogue and hand-written assets, their properties, sockets and value rules, and
 * asset search. The bottom of the model: it depends on no other module and imports no Spring (the application
 * wires the shared {@link dev.gantry.catalog.Catalog} as a bean).
 */
@ApplicationModule(
        displayName = "Catalog",
        allowedDependencies = {})
@NullMarked
package dev.gantry.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
