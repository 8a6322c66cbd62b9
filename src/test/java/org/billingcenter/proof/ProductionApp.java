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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.support.AlipaySigning;
import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.StripeSigning;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.support.WechatPaySigning;

/**
 * The packaged production jar, started once per JVM as an operator would start it: {@code java -jar}
 * with the {@code mysql} profile, configured only through the environment, on a fresh MariaDB
 * database of its own and a free port. Demo data is on, so every tenant has its demo people
 * (operator, auditor…) that journeys sign in as. Its log goes to {@code target/production-app.log}.
 */
public final class ProductionApp {

    /** Demo people's password (see {@code demo/DemoData}). */
    public static final String DEMO_PASSWORD = "demo-password";

    /** lumen-intl's usage API key in the running app. */
    public static final String USAGE_KEY = "proof-usage-key-lumen-intl";

    static {
        VaadinHttpSession.allowHostHeader();
    }

    /** How many sign-ups (and, each, invitations and code e-mails) one client may make per hour and tenant. */
    public static final int SIGN_UPS_PER_CLIENT = 20;

    // -Dbilling.app.start-seconds=N for a machine busy enough to start the app slower.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("billing.app.start-seconds", 480));
    private static ProductionApp running;

    /** What {@code /login} answered while the app was up but not yet ready (start-up work and demo data under way). */
    private static final List<HttpResponse<String>> SEEN_WHILE_STARTING = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /** The sign-in page as it answered before the app was ready, one response per poll (empty when started elsewhere). */
    public static List<HttpResponse<String>> seenWhileStarting() {
        return List.copyOf(SEEN_WHILE_STARTING);
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

    /**
     * The messages the portal wrote for one recipient at a tenant, newest first: what the person
     * finds in their inbox (read from the app's outbox table, as its mail sender would).
     */
    public List<String> messagesTo(String tenant, String recipient) {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT subject, body FROM outbox_message WHERE tenant_id = ? AND recipient = ? ORDER BY id DESC")) {
            query.setString(1, tenant);
            query.setString(2, recipient);
            List<String> messages = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    messages.add(rows.getString(1) + "\n" + rows.getString(2));
                }
            }
            return messages;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the outbox", e);
        }
    }

    /** The path of the newest link to the route (e.g. {@code confirm-email/}) sent to the recipient, checked to lead to the tenant's portal. */
    public String pathOfLinkSentTo(String tenant, String recipient, String route) {
        // Links start at the tenant's public URL (its file's), not at this test deployment's port: the path is what the browser opens here.
        Pattern linkToRoute = Pattern.compile("https?://" + Pattern.quote(tenant) + "\\.[^/\\s]+/(" + Pattern.quote(route) + "[A-Za-z0-9_-]+)");
        for (String message : messagesTo(tenant, recipient)) {
            Matcher link = linkToRoute.matcher(message);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("No link to " + route + " was sent to " + recipient + "; sent: " + messagesTo(tenant, recipient));
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
                // As an operator behind a TLS proxy on this machine would: its forwarded headers are believed.
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
                // The production profile names MySQL; the suite's server is MariaDB.
                "--spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.MariaDBDialect",
                // Payment providers cannot be reached from here: their APIs are a local stub playing them.
                "--billing.payments.stripe.api-base=" + PaymentProviderStub.get().baseUrl(),
                "--billing.payments.alipay.gateway-url=" + PaymentProviderStub.get().alipayGatewayUrl(),
                "--billing.payments.wechatpay.api-base=" + PaymentProviderStub.get().wechatPayApiBase()));
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
        // The journeys sign in with the published demo password: this deployment is a demo, and says so.
        env.put("BILLING_DEMO_DEPLOYMENT", "true");
        env.put("BILLING_OUTBOX_VIEWABLE", "true");
        env.put("BILLING_USAGE_KEY_LUMEN_INTL", USAGE_KEY);
        // Every journey signs up from this one client; the sign-up burst journey goes past this allowance.
        env.put("BILLING_ACCOUNT_PERCLIENTPERHOUR", String.valueOf(SIGN_UPS_PER_CLIENT));
        // Each tenant offering online payment must have a real provider in production: the test deployment's secrets.
        env.put("LUMEN_INTL_STRIPE_API_KEY", StripeSigning.API_KEY);
        env.put("LUMEN_INTL_STRIPE_WEBHOOK_SECRET", StripeSigning.WEBHOOK_SECRET);
        env.put("HARBOR_HOSTING_STRIPE_API_KEY", StripeSigning.API_KEY);
        env.put("HARBOR_HOSTING_STRIPE_WEBHOOK_SECRET", StripeSigning.WEBHOOK_SECRET);
        env.put("LUMEN_CN_ALIPAY_APP_ID", AlipaySigning.APP_ID);
        env.put("LUMEN_CN_ALIPAY_PRIVATE_KEY", AlipaySigning.appPrivateKey());
        env.put("LUMEN_CN_ALIPAY_PUBLIC_KEY", AlipaySigning.alipayPublicKey());
        env.putAll(WechatPaySigning.environment());
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
                // Listening but not ready: what would a person opening the sign-in page now be shown?
                SEEN_WHILE_STARTING.add(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Host", "lumen-intl.localhost:" + port).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()));
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
