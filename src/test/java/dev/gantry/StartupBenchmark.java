package dev.gantry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up and memory of the production jar as a user starts it: {@code java [flags] -jar gantry.jar} on a fresh
 * data directory (embedded PostgreSQL), then again on the same directory. Prints the time from launch to the first
 * 200 from {@code /actuator/health} and to start-up's settling (the catalogue, loaded once the port is open, is in
 * and the heap compacted), the JVM's resident memory one second after that and after one signed-in catalogue
 * search, and the jar's size. Not a test; run it as a single-file program (README, "Benchmarks"):
 *
 * <pre>
 * java src/test/java/dev/gantry/StartupBenchmark.java target/gantry-0.1.0-SNAPSHOT.jar [JVM flags...]
 * </pre>
 *
 * With {@code GANTRY_BENCH_RUNS=n} it starts n times per kind and prints each run and the median. Figures depend on
 * the machine's load, which it prints too.
 */
public final class StartupBenchmark {

    private static final String USER = "bench";
    private static final String PASSWORD = "bench-password-1";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Run(long readyMillis, long settledMillis, long rssAfterStartKb, long rssAfterSearchKb, long searchMillis) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: StartupBenchmark <gantry.jar> [JVM flags...]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        List<String> flags = List.of(args).subList(1, args.length);
        int runs = Integer.parseInt(System.getenv().getOrDefault("GANTRY_BENCH_RUNS", "1"));
        System.out.printf(
                "jar %s: %.1f MB; JVM flags: %s; %d CPUs; load average %s%n",
                jar,
                Files.size(jar) / 1e6,
                flags.isEmpty() ? "(none)" : String.join(" ", flags),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        List<Run> fresh = new ArrayList<>();
        List<Run> again = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path data = Files.createTempDirectory("gantry-bench");
            try {
                fresh.add(print("fresh data directory", start(jar, flags, data)));
                again.add(print("same data directory ", start(jar, flags, data)));
            } finally {
                delete(data);
            }
        }
        if (runs > 1) {
            print("median, fresh        ", median(fresh));
            print("median, same         ", median(again));
        }
    }

    private static Run start(Path jar, List<String> flags, Path data) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--gantry.data-dir=" + data,
                "--gantry.security.bootstrap-user=" + USER,
                "--gantry.security.bootstrap-password=" + PASSWORD));
        Path log = Files.createTempFile("gantry-bench", ".log");
        long launched = System.nanoTime();
        Process gantry = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            String base = "http://localhost:" + port;
            awaitReady(gantry, base + "/actuator/health", log);
            long ready = (System.nanoTime() - launched) / 1_000_000;
            awaitSettled(gantry, log);
            long settled = (System.nanoTime() - launched) / 1_000_000;
            Thread.sleep(1000); // what start-up left behind settles: the figure a user's monitor shows
            long afterStart = rssKb(gantry.pid());
            long searchStarted = System.nanoTime();
            HttpResponse<String> search = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/assets?q=bucket"))
                            .header("Authorization", basic())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long searchMillis = (System.nanoTime() - searchStarted) / 1_000_000;
            if (search.statusCode() != 200 || search.body().length() < 3) {
                throw new IllegalStateException("search answered " + search.statusCode() + ": " + search.body());
            }
            Thread.sleep(1000);
            return new Run(ready, settled, afterStart, rssKb(gantry.pid()), searchMillis);
        } finally {
            gantry.destroy(); // SIGTERM: Gantry stops its PostgreSQL
            if (!gantry.waitFor(60, TimeUnit.SECONDS)) {
                gantry.destroyForcibly();
            }
        }
    }

    private static void awaitReady(Process gantry, String health, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int last = 0;
        while (System.nanoTime() < deadline) {
            if (!gantry.isAlive()) {
                throw new IllegalStateException("Gantry exited while starting; see " + log);
            }
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(health))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Gantry was not ready within 5 minutes (health: " + last + "); see " + log);
    }

    /**
     * Start-up has settled when the work it leaves for after the port opens (the catalogue's load) is done and the
     * heap compacted after it: the log says so.
     */
    private static void awaitSettled(Process gantry, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.readString(log).contains("Heap compacted once serving")) {
            if (!gantry.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Gantry's start-up did not settle; see " + log);
            }
            Thread.sleep(50);
        }
    }

    private static Run print(String kind, Run run) {
        System.out.printf(
                "%s: ready in %5.2f s, settled (catalogue loaded) in %5.2f s; RSS %4d MB after start, %4d MB after"
                        + " one search (%d ms)%n",
                kind,
                run.readyMillis() / 1000.0,
                run.settledMillis() / 1000.0,
                run.rssAfterStartKb() / 1024,
                run.rssAfterSearchKb() / 1024,
                run.searchMillis());
        return run;
    }

    private static Run median(List<Run> runs) {
        return new Run(
                median(runs.stream().map(Run::readyMillis)),
                median(runs.stream().map(Run::settledMillis)),
                median(runs.stream().map(Run::rssAfterStartKb)),
                median(runs.stream().map(Run::rssAfterSearchKb)),
                median(runs.stream().map(Run::searchMillis)));
    }

    private static long median(Stream<Long> values) {
        List<Long> sorted = values.sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The JVM's resident set (VmRSS); the embedded PostgreSQL is a process of its own and not counted. */
    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).trim() : "unknown";
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
