package dev.gantry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.Needs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code tsc --noEmit} over the canvas ({@code frontend/}, with the committed {@code tsconfig.json}): Vite strips
 * types without checking them, so without this a type error in the canvas would reach the browser. Uses the
 * TypeScript that Vaadin's build-frontend installed into {@code node_modules} (from the committed
 * {@code package-lock.json}) and a Node that is on the PATH or that Vaadin installed under {@code ~/.vaadin}. An
 * integration test because build-frontend runs in prepare-package, after the unit tests; the pom keeps its files
 * ({@code cleanFrontendFiles=false}) for this check, and where Vaadin reused a bundle and installed nothing, the
 * test runs {@code npm ci} itself.
 */
class CanvasTypeCheckIT {

    private static final Path TSC = Path.of("node_modules/typescript/bin/tsc");

    @Test
    void theCanvasTypeChecks() throws IOException, InterruptedException {
        Optional<Path> node = node();
        Needs.require(node.isPresent(), () -> "no Node.js found (PATH or ~/.vaadin/node-*): the build installs one");
        if (!Files.exists(TSC)) {
            installFromTheLockFile(node.orElseThrow());
        }

        Run tsc = run(
                node.orElseThrow().toString(), TSC.toString(), "--noEmit", "--pretty", "false", "-p", "tsconfig.json");

        assertThat(tsc.output()).as("tsc's type errors").isEmpty();
        assertThat(tsc.exit()).isZero();
    }

    /**
     * Vaadin installs node_modules only when it rebuilds the production bundle; when it reused one, install what the
     * committed package-lock.json pins, with the npm that comes with the Node found.
     */
    private static void installFromTheLockFile(Path node) throws IOException, InterruptedException {
        Path npm = node.toRealPath().getParent().getParent().resolve("lib/node_modules/npm/bin/npm-cli.js");
        Needs.require(Files.exists(npm), () -> "no npm next to " + node + " to install node_modules with");
        Run install = run(node.toString(), npm.toString(), "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        assertThat(install.exit()).as("npm ci: %s", install.output()).isZero();
    }

    private record Run(int exit, String output) {}

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES))
                .as("%s finished", String.join(" ", command))
                .isTrue();
        return new Run(process.exitValue(), output.strip());
    }

    private static Optional<Path> node() throws IOException {
        Optional<Path> onPath = Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "node"))
                .filter(Files::isExecutable)
                .findFirst();
        if (onPath.isPresent()) {
            return onPath;
        }
        Path vaadin = Path.of(System.getProperty("user.home"), ".vaadin");
        if (!Files.isDirectory(vaadin)) {
            return Optional.empty();
        }
        try (Stream<Path> installs = Files.list(vaadin)) {
            List<Path> nodes = installs.filter(p -> p.getFileName().toString().startsWith("node-"))
                    .map(p -> p.resolve("bin/node"))
                    .filter(Files::isExecutable)
                    .sorted(Comparator.reverseOrder())
                    .toList();
            return nodes.stream().findFirst();
        }
    }
}
