package dev.gantry.image;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import dev.gantry.Needs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Docker engine and a real registry for a test class: {@code dockerd} on a unix socket in a temp dir
 * (vfs storage, no networking of its own) and Debian's {@code docker-registry} on 127.0.0.1 with a self-signed
 * TLS certificate (trusted by dockerd through {@code /etc/docker/certs.d}) and htpasswd bcrypt auth. Both are
 * stopped by their PIDs after the class, or at JVM exit. Without the binaries (or root to trust the
 * certificate) the tests are skipped with the reason; CI installs them ({@code .ci/run}).
 *
 * <p>Use: {@code @RegisterExtension static DockerEngine docker = new DockerEngine();}, then {@link #host()}
 * for {@code gantry.docker.host} and {@link #registry(String, String)} once the registry's login is known.
 */
public final class DockerEngine implements BeforeAllCallback, AfterAllCallback {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Path CERTS_D = Path.of("/etc/docker/certs.d");

    private final List<Process> daemons = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::stop, "docker-engine-stop");
    private Path dir;
    private Path trustDir;
    private int registryPort;
    private Process registry;
    private DockerClient client;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (String binary : List.of("dockerd", "docker-registry", "htpasswd", "openssl")) {
            Needs.require(
                    binary(binary) != null,
                    () -> "`" + binary + "` is not installed: the image push tests "
                            + "need a Docker engine and a registry (apt-get install docker.io docker-registry "
                            + "apache2-utils; .ci/run does it)");
        }
        Needs.require(
                Files.isWritable(CERTS_D)
                        || Files.isWritable(CERTS_D.getParent())
                        || Files.isWritable(CERTS_D.getParent().getParent()),
                () -> "dockerd trusts a registry's certificate only through " + CERTS_D
                        + ", which is not writable here");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        dir = Files.createTempDirectory(Path.of("/tmp"), "gantry-docker-");
        registryPort = freePort();
        trustCertificate();
        startDockerd();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException exitingOrNeverStarted) {
            // the JVM is exiting (the hook runs), or nothing was started because the tests are skipped
        }
    }

    /** The engine's API, for {@code gantry.docker.host}. */
    public String host() {
        return "unix://" + dir.resolve("docker.sock");
    }

    /** {@code 127.0.0.1:PORT}, what a repository URI starts with. */
    public String registryHost() {
        return "127.0.0.1:" + registryPort;
    }

    /** A client of the engine, for what tests do behind Gantry's back (seeding images). */
    public synchronized DockerClient client() {
        if (client == null) {
            DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(host())
                    .build();
            client = DockerClientImpl.getInstance(
                    config,
                    new ApacheDockerHttpClient.Builder()
                            .dockerHost(config.getDockerHost())
                            .build());
        }
        return client;
    }

    /** Loads an image from a {@code docker save} tar: no pulling, there is no Docker Hub here. */
    public void load(byte[] imageTar) {
        try (InputStream in = new ByteArrayInputStream(imageTar)) {
            client().loadImageCmd(in).exec();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the registry with the password of the ECR authorization token moto hands out, so that it stands in
     * for the repository's registry: a push logged in with ECR's token is accepted, any other is refused.
     */
    public RegistryLogin registryAcceptingMotosEcrToken() throws IOException, InterruptedException {
        RegistryLogin login;
        try (var ecr = dev.gantry.aws.MotoServer.client(software.amazon.awssdk.services.ecr.EcrClient.builder())) {
            var data = ecr.getAuthorizationToken(r -> {}).authorizationData().getFirst();
            login = RegistryLogin.fromAuthorizationToken(data.authorizationToken(), data.proxyEndpoint(), null);
        }
        registry(login.username(), login.password());
        return login;
    }

    /** Starts (or restarts with a new login) the registry, which accepts only this user and password. */
    public synchronized void registry(String user, String password) throws IOException, InterruptedException {
        if (registry != null) {
            stop(registry);
            daemons.remove(registry);
        }
        run("htpasswd", "-Bbc", dir.resolve("htpasswd").toString(), user, password);
        Files.writeString(dir.resolve("registry.yml"), """
                version: 0.1
                log:
                  level: warn
                storage:
                  filesystem:
                    rootdirectory: %1$s/registry-data
                http:
                  addr: 127.0.0.1:%2$d
                  tls:
                    certificate: %1$s/registry.crt
                    key: %1$s/registry.key
                auth:
                  htpasswd:
                    realm: gantry-test
                    path: %1$s/htpasswd
                """.formatted(dir, registryPort));
        registry = start(
                "registry",
                "docker-registry",
                "serve",
                dir.resolve("registry.yml").toString());
        await("registry", registry, () -> registryAnswers());
    }

    /** The registry's own answer to {@code GET path} with basic auth, trusting the test CA. */
    public HttpResponse<String> registryGet(String path, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://" + registryHost() + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .build();
        return https().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void trustCertificate() throws IOException, InterruptedException {
        run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                dir.resolve("registry.key").toString(),
                "-out",
                dir.resolve("registry.crt").toString());
        // dockerd reads this directory when it first talks to the registry: no restart needed.
        trustDir = CERTS_D.resolve(registryHost());
        Files.createDirectories(trustDir);
        Files.copy(dir.resolve("registry.crt"), trustDir.resolve("ca.crt"));
    }

    private void startDockerd() throws IOException, InterruptedException {
        Process dockerd = start(
                "dockerd",
                "dockerd",
                "--host",
                host(),
                "--data-root",
                dir.resolve("root").toString(),
                "--exec-root",
                dir.resolve("exec").toString(),
                "--pidfile",
                dir.resolve("docker.pid").toString(),
                "--iptables=false",
                "--ip-masq=false",
                "--bridge=none",
                "--storage-driver",
                "vfs");
        await("dockerd", dockerd, () -> {
            try {
                client().pingCmd().exec();
                return true;
            } catch (RuntimeException notYet) {
                return false;
            }
        });
    }

    private boolean registryAnswers() {
        try {
            return https().send(
                                    HttpRequest.newBuilder(URI.create("https://" + registryHost() + "/v2/"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 401;
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    private HttpClient https() {
        try (InputStream pem = Files.newInputStream(dir.resolve("registry.crt"))) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry(
                    "registry", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            return HttpClient.newBuilder()
                    .sslContext(ssl)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot trust the test registry's certificate", e);
        }
    }

    private Process start(String name, String... command) throws IOException {
        command[0] = binary(command[0]);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        daemons.add(process);
        return process;
    }

    private void await(String name, Process process, java.util.function.BooleanSupplier ready)
            throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                String log = Files.readString(dir.resolve(name + ".log"));
                stop();
                int exit = process.exitValue();
                Needs.require(
                        false,
                        () -> name + " could not start here (exit " + exit + "): "
                                + log.substring(Math.max(0, log.length() - 800)));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        stop();
        throw new IllegalStateException(name + " did not become ready within " + STARTUP);
    }

    /** Stops each daemon by its PID (SIGTERM, then SIGKILL), then removes the trust directory and the data. */
    private synchronized void stop() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // the engine goes next anyway
            }
            client = null;
        }
        for (Process process : daemons.reversed()) {
            stop(process);
        }
        daemons.clear();
        registry = null;
        deleteQuietly(trustDir);
        deleteQuietly(dir);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "command-", ".log");
        command[0] = binary(command[0]);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command[0] + " failed: " + Files.readString(log));
        }
    }

    /** The binary's absolute path: dockerd lives in /usr/sbin, which a non-login PATH may lack. */
    private static String binary(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"), new String[] {"/usr/sbin", "/sbin"})
                .flatMap(Stream::of)
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst()
                .orElse(null);
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
