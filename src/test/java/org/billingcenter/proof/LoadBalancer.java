package org.billingcenter.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * HAProxy in front of app nodes, configured by the repository's own {@code deploy/haproxy.cfg}
 * with its listening address and its servers moved to free local ports. Its log goes to
 * {@code target/haproxy.log}.
 */
final class LoadBalancer implements AutoCloseable {

    static final Path HAPROXY = Path.of(System.getProperty("billing.haproxy", "/usr/sbin/haproxy"));

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy in front of the two nodes (as {@code app1} and {@code app2}, the cookie values). */
    static LoadBalancer inFrontOf(ProductionApp app1, ProductionApp app2) throws IOException {
        int port = ProductionApp.freePort();
        String config = Files.readString(Path.of("deploy", "haproxy.cfg"))
                .replace("log stdout format raw local0 info", "log stdout format raw local0 notice")
                .replace("bind :8080", "bind 127.0.0.1:" + port)
                .replace("app1:8080", "127.0.0.1:" + app1.port())
                .replace("app2:8080", "127.0.0.1:" + app2.port());
        if (!config.contains("127.0.0.1:" + app1.port()) || !config.contains("127.0.0.1:" + app2.port())) {
            throw new IllegalStateException("deploy/haproxy.cfg no longer names its servers app1:8080 and app2:8080");
        }
        Path file = Path.of("target", "haproxy-test.cfg");
        Files.writeString(file, config);
        Process check = new ProcessBuilder(HAPROXY.toString(), "-c", "-f", file.toString()).redirectErrorStream(true).start();
        String checked = new String(check.getInputStream().readAllBytes());
        try {
            if (check.waitFor() != 0) {
                throw new IllegalStateException("HAProxy refuses " + file + ": " + checked);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Process process = new ProcessBuilder(List.of(HAPROXY.toString(), "-db", "-f", file.toString()))
                .redirectErrorStream(true).redirectOutput(Path.of("target", "haproxy.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return new LoadBalancer(process, port);
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
    }
}
