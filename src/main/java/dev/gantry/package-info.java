/**
 * Gantry: design, review and apply AWS infrastructure as change sets on a diagram canvas. Each direct sub-package
 * is a module (Spring Modulith); {@code ARCHITECTURE.md} describes them and {@code ModulesTest} verifies their
 * declared dependencies.
 */
@NullMarked
package dev.gantry;

import org.jspecify.annotations.NullMarked;
