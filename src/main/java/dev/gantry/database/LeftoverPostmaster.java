package dev.gantry.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that an earlier Gantry process started on this data directory and left behind when it died
 * ({@code kill -9} of the JVM does not stop the server it spawned). Its {@code postmaster.pid} names its pid and
 * port; while it runs, a new server on the same directory refuses to start. Gantry holds the data directory's
 * lock before it looks (see {@link DataDirectoryLock}), so a server found here belongs to no living Gantry and is
 * stopped: a fast shutdown first, which rolls back what was in flight and keeps everything committed; SIGKILL only
 * if it does not go, after which PostgreSQL's crash recovery replays the WAL on the next start.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    /** What {@code postmaster.pid} says: the server's pid (first line) and port (fourth line). */
    record PidFile(long pid, int port) {

        static Optional<PidFile> read(Path dataDirectory) {
            Path file = dataDirectory.resolve("postmaster.pid");
            try {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() < 4) {
                    return Optional.empty(); // being written or cut short: no server is fully up on it
                }
                return Optional.of(new PidFile(
                        Long.parseLong(lines.get(0).trim()),
                        Integer.parseInt(lines.get(3).trim())));
            } catch (java.nio.file.NoSuchFileException | NumberFormatException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
    }

    private final Path dataDirectory;
    private final Duration patience;

    LeftoverPostmaster(Path dataDirectory, Duration patience) {
        this.dataDirectory = dataDirectory;
        this.patience = patience;
    }

    /** Stops a server left running on the data directory, and clears a pid file whose process is another one. */
    void stopIfRunning() {
        Optional<PidFile> pidFile = PidFile.read(dataDirectory);
        if (pidFile.isEmpty()) {
            return;
        }
        PidFile found = pidFile.get();
        Optional<ProcessHandle> process = ProcessHandle.of(found.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL itself removes a pid file whose process is gone
        }
        if (!isPostgres(process.get())) {
            // The pid was reused after a crash (common in containers): PostgreSQL would refuse to start over it.
            log.warn(
                    "Removing {}: pid {} is now {}, not PostgreSQL",
                    dataDirectory.resolve("postmaster.pid"),
                    found.pid(),
                    process.get().info().command().orElse("another process"));
            delete(dataDirectory.resolve("postmaster.pid"));
            return;
        }
        log.warn(
                "A PostgreSQL (pid {}, port {}) is still running on {}, left by a Gantry process that did not stop;"
                        + " stopping it before starting afresh",
                found.pid(),
                found.port(),
                dataDirectory);
        stop(process.get());
    }

    private void stop(ProcessHandle postmaster) {
        List<ProcessHandle> backends = postmaster.descendants().toList();
        fastShutdown(postmaster);
        if (!awaitExit(postmaster, patience)) {
            log.warn(
                    "PostgreSQL pid {} did not shut down within {}; killing it (crash recovery follows)",
                    postmaster.pid(),
                    patience);
            postmaster.destroyForcibly();
            awaitExit(postmaster, patience);
        }
        // A new server refuses to start while a backend of the old one still holds its shared memory.
        backends.forEach(backend -> {
            if (!awaitExit(backend, Duration.ofSeconds(5))) {
                backend.destroyForcibly();
            }
        });
        if (postmaster.isAlive()) {
            throw new IllegalStateException("Could not stop the PostgreSQL (pid " + postmaster.pid()
                    + ") left running on " + dataDirectory + "; stop it and start Gantry again");
        }
        log.info("Stopped the PostgreSQL left running on {}", dataDirectory);
    }

    /** SIGINT is PostgreSQL's fast shutdown; Java's own {@code destroy()} sends SIGTERM, a smart one. */
    private static void fastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            log.debug("No kill command here; asking for a smart shutdown instead", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // Unknown command (another user's process the JVM cannot inspect): assume PostgreSQL, stopping is safe.
        return process.info()
                .command()
                .map(command -> command.contains("postgres"))
                .orElse(true);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + file, e);
        }
    }
}
