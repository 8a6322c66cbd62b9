package org.billingcenter.bench;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long the packaged app takes to start on H2 with its data already in place, and how much
 * memory it holds when idle, with the JVM options an operator is told to use. Not a test: a program
 * that prints figures.
 *
 * <p>The first start writes the demo data into a fresh H2 database in a folder of its own (not
 * timed). Two ways of running are then measured side by side on that data: the jar as built, and
 * the jar extracted with an ahead-of-time cache of JDK 25 made by one training run (what the
 * Dockerfile does). Each is started {@code bench.starts} times (default 5), each start timed from
 * the process's launch to the first 200 of {@code /actuator/health/readiness}; after its last start
 * the app sits idle for {@code bench.idleSeconds} (default 20) and its resident memory (VmRSS of
 * {@code /proc}) is read. {@code -Dbilling.app.jvm="…"} replaces the app's JVM options (default:
 * those of the README and the Dockerfile, {@link #DEFAULT_JVM}).
 */
public final class StartupBenchmark {

    /** The JVM options the README and the Dockerfile give the app. */
    static final String DEFAULT_JVM = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxRAM=1g";

    private static final int STARTS = Integer.getInteger("bench.starts", 5);
    private static final int IDLE_SECONDS = Integer.getInteger("bench.idleSeconds", 20);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path jar = Path.of(System.getProperty("billing.app.jar", "target/billing-center-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    private final Path tenants = Path.of("tenants").toAbsolutePath();
    private final List<String> jvm = Arrays.asList(System.getProperty("billing.app.jvm", DEFAULT_JVM).strip().split("\\s+"));
    private final String java = ProcessHandle.current().info().command().orElse("java");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public static void main(String[] args) throws Exception {
        new StartupBenchmark().run();
    }

    private void run() throws Exception {
        Path home = Files.createTempDirectory("billing-startup");
        System.out.printf(Locale.ROOT, "StartupBenchmark: %d cores, JVM options %s, data in %s%n",
                Runtime.getRuntime().availableProcessors(), String.join(" ", jvm), home);
        Started first = start(home, List.of("-jar", jar.toString()));
        System.out.printf(Locale.ROOT, "first start (creates the schema and the demo data): %.1f s%n", first.seconds());
        first.stop();

        Path extracted = extractWithAotCache(home);
        Figures plain = measure("jar", home, List.of("-jar", jar.toString()));
        Figures cached = measure("extracted + AOT cache", home,
                List.of("-XX:AOTCache=" + extracted.resolve("app.aot"), "-jar", extracted.resolve(jar.getFileName()).toString()));

        System.out.printf(Locale.ROOT, "%n| figure | jar | extracted + AOT cache | target |%n|---|---:|---:|---:|%n");
        System.out.printf(Locale.ROOT, "| start-up, median of %d (s) | %.1f | %.1f | ≤ 8 |%n", STARTS, plain.medianSeconds(), cached.medianSeconds());
        System.out.printf(Locale.ROOT, "| idle resident memory after %d s (MB) | %d | %d | ≤ 400 |%n", IDLE_SECONDS, plain.idleMb(), cached.idleMb());
    }

    private record Figures(double medianSeconds, long idleMb) {
    }

    private Figures measure(String label, Path home, List<String> launch) throws Exception {
        double[] seconds = new double[STARTS];
        Started last = null;
        for (int i = 0; i < STARTS; i++) {
            if (last != null) {
                last.stop();
            }
            last = start(home, launch);
            seconds[i] = last.seconds();
            System.out.printf(Locale.ROOT, "%s, start %d: %.1f s%n", label, i + 1, seconds[i]);
        }
        Thread.sleep(IDLE_SECONDS * 1000L);
        long rssKb = residentKb(last.process());
        last.stop();
        Arrays.sort(seconds);
        return new Figures(seconds[STARTS / 2], rssKb / 1024);
    }

    /** Extracts the jar as Spring Boot lays it out for class data sharing, and records the cache with one training run on the same data. */
    private Path extractWithAotCache(Path home) throws IOException, InterruptedException {
        Path extracted = home.resolve("extracted");
        run(home, List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString()));
        List<String> training = new ArrayList<>(List.of(java));
        training.addAll(jvm);
        training.addAll(List.of("-XX:AOTCacheOutput=" + extracted.resolve("app.aot"), "-Dspring.context.exit=onRefresh",
                "-jar", extracted.resolve(jar.getFileName()).toString(), "--billing.tenants.directory=" + tenants));
        long began = System.nanoTime();
        run(home, training);
        System.out.printf(Locale.ROOT, "training run for the AOT cache: %.1f s%n", (System.nanoTime() - began) / 1e9);
        return extracted;
    }

    private static void run(Path home, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("step.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + home.resolve("step.log"));
        }
    }

    private record Started(Process process, double seconds) {
        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private Started start(Path home, List<String> launch) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--billing.tenants.directory=" + tenants));
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("app.log").toFile()).start();
        URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        while (System.nanoTime() - began < TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited; see " + home.resolve("app.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Started(process, (System.nanoTime() - began) / 1e9);
                }
            } catch (IOException notListeningYet) {
                // the port opens during start-up
            }
            Thread.sleep(50);
        }
        process.destroy();
        throw new IllegalStateException("Not ready within " + TIMEOUT + "; see " + home.resolve("app.log"));
    }

    private static long residentKb(Process process) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
