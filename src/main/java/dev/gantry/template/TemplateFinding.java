package dev.gantry.template;

import org.jspecify.annotations.Nullable;

/**
 * Something of a template a diagram cannot represent, and what the import did instead (left a property unset,
 * skipped a resource). Never silent: every one is in the import's answer and shown in the UI.
 *
 * @param resource the logical id it concerns, or null for the template as a whole
 * @param path     where in the resource ({@code Properties/SubnetIds/0}), or null
 * @param line     the 1-based line of the resource in the template, when known
 */
public record TemplateFinding(
        @Nullable String resource,
        @Nullable String path,
        @Nullable Integer line,
        String message) {}
