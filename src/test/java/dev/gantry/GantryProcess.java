package dev.gantry;

import dev.gantry.api.ApiClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Gantry as a user runs it: its own JVM ({@code java -cp … dev.gantry.GantryApplication}) with the embedded
 * PostgreSQL under a data directory, so that tests can kill it with SIGKILL and start it again on the same data.
 * The classpath is this test JVM's, without the test classes (their configurations are for test contexts only).
 */
public final class GantryProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final int port;
    private final Path log;
    private final Path dataDir;

    private GantryProcess(Process process, int port, Path log, Path dataDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
    }

    /** Starts Gantry on {@code dataDir} and waits until its health is UP; extra arguments are Spring properties. */
    public static GantryProcess start(Path dataDir, String... settings) {
        GantryProcess gantry = launch(List.of(), dataDir, List.of("--spring.datasource.url="), settings);
        gantry.awaitHealthy();
        return gantry;
    }

    /**
     * Launches Gantry with the bean definitions Spring's AOT processing generated when the jar was packaged
     * ({@code -Dspring.aot.enabled=true}, README "Start-up and memory") without waiting: they are in
     * {@code target/classes} once {@code ./mvnw package} (or {@code verify}) has run.
     */
    public static GantryProcess launchAheadOfTime(Path dataDir, String... settings) {
        return launch(List.of("-Dspring.aot.enabled=true"), dataDir, List.of(), settings);
    }

    /**
     * Starts Gantry as one of several instances on a shared PostgreSQL (as behind a load balancer) without waiting
     * for it: start them all, then {@link #awaitHealthy()} each, so that they start side by side.
     */
    public static GantryProcess launchOn(TestDatabase.Connection database, Path dataDir, String... settings) {
        return launch(
                List.of(),
                dataDir,
                List.of(
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password()),
                settings);
    }

    private static GantryProcess launch(
            List<String> jvmOptions, Path dataDir, List<String> database, String... settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                applicationClasspath(),
                GantryApplication.class.getName(),
                "--gantry.data-dir=" + dataDir,
                "--server.port=" + port,
                "--gantry.security.bootstrap-user=owner",
                "--gantry.security.bootstrap-password=owner-password-1"));
        command.addAll(database);
        command.addAll(Arrays.asList(settings));
        try {
            Path log = Files.createTempFile("gantry-process", ".log");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            // The SDK's default chain, for tests that point gantry.aws.endpoint at moto: never real credentials.
            builder.environment().put("AWS_ACCESS_KEY_ID", "testing");
            builder.environment().put("AWS_SECRET_ACCESS_KEY", "testing");
            builder.environment().remove("AWS_PROFILE");
            return new GantryProcess(builder.start(), port, log, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public ApiClient api() {
        return new ApiClient(port);
    }

    public long pid() {
        return process.pid();
    }

    /** The embedded PostgreSQL this process started; {@code pg_ctl} detaches it, so its pid file says which. */
    public Optional<ProcessHandle> postgres() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .getFirst()
                    .trim());
            return ProcessHandle.of(pid);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed; the embedded PostgreSQL is left running. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A normal stop (SIGTERM): Spring closes the context and stops the embedded PostgreSQL. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until its health is UP (fails with the end of its log if it exits or takes too long). */
    public GantryProcess awaitHealthy() {
        return awaitHealthy(STARTUP);
    }

    /** Like {@link #awaitHealthy()}, with more patience for instances started side by side on a busy machine. */
    public GantryProcess awaitHealthy(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Gantry exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                ApiClient.Response health = api().call("GET", "/actuator/health", null);
                if (health.status() == 200
                        && "UP".equals(health.body().path("status").asString())) {
                    return this;
                }
            } catch (UncheckedIOException notYetListening) {
                // keep waiting
            }
            sleep(Duration.ofMillis(250));
        }
        kill();
        throw new AssertionError("Gantry was not healthy within " + patience + ":\n" + tail());
    }

    /** Waits until its log says {@code text} (fails with the end of its log if it does not within the time). */
    public GantryProcess awaitLog(String text, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "Gantry's log did not say \"" + text + "\" within " + patience + ":\n" + tail());
            }
            sleep(Duration.ofMillis(100));
        }
        return this;
    }

    /** Waits for it to exit by itself, as when it refuses to start; its exit code. */
    public int awaitExit(Duration patience) {
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError("Gantry did not exit within " + patience + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String tail() {
        String all = log();
        return all.length() > 6000 ? all.substring(all.length() - 6000) : all;
    }

    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
