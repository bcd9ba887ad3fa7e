package dev.gantry.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lowers the scheduling priority of every thread of the browser's processes (Linux's nice is per thread). The
 * benchmark runs the viewers' Chromium on the server's own two cores; at nice 19 the browsers still get every
 * cycle the server leaves idle, but no longer take turns with its requests, as browsers on the viewers' own
 * machines would not. It stands in for that setting; it does not make the browsers' work any smaller.
 */
final class BrowserPriority {

    private BrowserPriority() {}

    /** Sets nice {@code level} on every thread of every process whose name starts with "chrom"; how many it set. */
    static int lower(int level) {
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(level), "-p"));
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            all.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(BrowserPriority::isBrowser)
                    .forEach(p -> threads(p, command));
            if (command.size() == 4) {
                return 0;
            }
            Process renice =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            renice.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (renice.waitFor() != 0) {
                throw new IllegalStateException("renice failed for " + (command.size() - 4) + " threads");
            }
            return command.size() - 4;
        } catch (IOException e) {
            throw new IllegalStateException("could not renice the browser: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isBrowser(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith("chrom");
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    private static void threads(Path process, List<String> into) {
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            tasks.forEach(t -> into.add(t.getFileName().toString()));
        } catch (IOException | java.io.UncheckedIOException gone) {
            // the process ended meanwhile
        }
    }
}
