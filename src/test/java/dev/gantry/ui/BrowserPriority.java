package dev.gantry.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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
        List<String> threads = ProcessTable.processes("chrom").stream()
                .flatMap(process -> ProcessTable.threads(process.dir()).stream())
                .map(thread -> thread.dir().getFileName().toString())
                .toList();
        if (threads.isEmpty()) {
            return 0;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(level), "-p"));
        command.addAll(threads);
        try {
            Process renice =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            renice.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (renice.waitFor() != 0) {
                throw new IllegalStateException("renice failed for " + threads.size() + " threads");
            }
            return threads.size();
        } catch (IOException e) {
            throw new IllegalStateException("could not renice the browser: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
