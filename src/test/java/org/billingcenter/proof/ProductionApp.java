package org.billingcenter.proof;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.billingcenter.support.TestDatabase;

/**
 * The packaged production jar, started once per JVM as an operator would start it: {@code java -jar}
 * with the {@code mysql} profile, configured only through the environment, on a fresh MariaDB
 * database of its own and a free port. Demo data is on, so every tenant has its demo people
 * (operator, auditor…) that journeys sign in as. Its log goes to {@code target/production-app.log}.
 */
public final class ProductionApp {

    /** Demo people's password (see {@code demo/DemoData}). */
    public static final String DEMO_PASSWORD = "demo-password";

    static {
        VaadinHttpSession.allowHostHeader();
    }

    // -Dbilling.app.start-seconds=N for a machine busy enough to start the app slower.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("billing.app.start-seconds", 480));
    private static ProductionApp running;

    private final Process process;
    private final int port;
    private final Path log;

    private ProductionApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The running app, started at the first call. */
    public static synchronized ProductionApp get() {
        if (running == null) {
            // -Dbilling.app.port=N uses an app already running there (started by hand while writing a journey).
            Integer port = Integer.getInteger("billing.app.port");
            running = port != null ? new ProductionApp(null, port, Path.of("(started elsewhere)")) : start();
        }
        if (running.process != null && !running.process.isAlive()) {
            throw new IllegalStateException("The production app stopped; see " + running.log);
        }
        return running;
    }

    /** The app's process id (for jcmd), or empty when it runs elsewhere. */
    public java.util.OptionalLong pid() {
        return process == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(process.pid());
    }

    public int port() {
        return port;
    }

    /** A tenant's portal: {@code http://<tenant>.localhost:<port>/<path>}. */
    public String url(String tenant, String path) {
        return "http://" + tenant + ".localhost:" + port + "/" + path;
    }

    private static ProductionApp start() {
        ProductionApp app = launch("production-app", Map.of(), List.of());
        app.awaitReady();
        return app;
    }

    /**
     * Another node of the app on the same database, started but not awaited (see {@link #awaitReady}),
     * so several start side by side; {@code settings} are extra environment variables, {@code arguments}
     * extra command-line properties. Its log goes to {@code target/<name>.log}.
     */
    public static ProductionApp launch(String name, Map<String, String> settings, List<String> arguments) {
        Path jar = Path.of(System.getProperty("billing.app.jar", "target/billing-center-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No production jar at " + jar.toAbsolutePath()
                    + ": these checks run against the packaged app; run them with ./mvnw verify");
        }
        int port = freePort();
        Path log = Path.of("target", name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        // -Dbilling.app.jvm="…" replaces the app's JVM options as a whole (heap, collector, logging).
        String options = System.getProperty("billing.app.jvm", "-Xmx768m -XX:+UseSerialGC");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(options.strip().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                // The production profile names MySQL; the suite's server is MariaDB.
                "--spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.MariaDBDialect"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "mysql");
        env.put("DB_HOST", "127.0.0.1");
        env.put("DB_PORT", String.valueOf(TestDatabase.port()));
        env.put("DB_NAME", TestDatabase.databaseName());
        env.put("DB_USER", TestDatabase.user());
        env.put("DB_PASSWORD", TestDatabase.password());
        env.put("DB_PRODUCT_NAME", "MariaDB");
        env.put("DB_PRODUCT_VERSION", TestDatabase.productVersion());
        env.put("BILLING_DEMO_DATA", "true");
        env.put("BILLING_OUTBOX_VIEWABLE", "true");
        // One node: nothing to drain for (journeys with several nodes set their own).
        env.put("BILLING_DRAIN", "PT0S");
        env.putAll(settings);
        builder.directory(new File("."));
        try {
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return new ProductionApp(process, port, log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + jar, e);
        }
    }

    /** The app as people reach it through a load balancer listening on {@code port}. */
    public static ProductionApp behindBalancer(int port) {
        return new ProductionApp(null, port, Path.of("(load balancer)"));
    }

    /** Ends the node at once, as a crashed machine would: no drain, no requests finished. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process == null || process.isAlive();
    }

    /** Waits until the node reports itself ready to take traffic. */
    public void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The production app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("The production app was not ready within " + START_TIMEOUT + "; see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
