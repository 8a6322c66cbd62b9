package org.billingcenter.bench;

import java.lang.management.ManagementFactory;
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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.proof.ProductionApp;
import org.billingcenter.proof.VaadinHttpSession;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The usage API end to end over HTTP against the packaged jar, beside the ingestion service called
 * directly, in one run on one database. Not a test: a program that prints figures.
 *
 * <p>The production app runs as a child process ({@link ProductionApp}, on a database of its own);
 * this program also starts the application's services in its own JVM on that same database (no web
 * server, no jobs, no demo data). For each batch size ({@code bench.batches}, 1,000 and 10,000) it
 * sends {@code bench.records} records (100,000) with {@code bench.clients} (4) clients at once: first
 * straight to {@code UsageIngestionService.ingest} (the service rate: checks and inserts, no parsing,
 * no HTTP), then as JSON and as CSV to {@code POST /api/usage}. Printed per phase: records/s, the
 * ratio of the API's rate to the service's for the same batch size, and the CPU per 1,000 records of
 * the app and of this program. Every batch must be accepted whole; at the end the stored rows are counted.
 * Each path is warmed up first with {@code bench.warmupRecords} (20,000) records in batches of 1,000.
 *
 * <p>Run: {@code ./mvnw -Pbench -Dbench=UsageApiBenchmark} (options in {@code -Dbench.jvm="-Xmx1g -Dbench.records=20000"}).
 */
public final class UsageApiBenchmark {

    private static final String TENANT = "lumen-intl";
    private static final int RECORDS = Integer.getInteger("bench.records", 100_000);
    private static final int WARMUP_RECORDS = Integer.getInteger("bench.warmupRecords", 20_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final int WORKSPACES = Integer.getInteger("bench.workspaces", 200);
    private static final List<Integer> BATCHES = List.of(System.getProperty("bench.batches", "1000,10000").split(",")).stream()
            .map(String::strip).map(Integer::valueOf).toList();
    /** Far in the past: no billing run of the app rates these days while the benchmark sends them. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2011, 1, 1);
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final ProductionApp app;
    private final UsageIngestionService usage;
    private final ZoneId zone;
    private final HttpClient http = VaadinHttpSession.newClient();
    private final String run = "bench" + Long.toString(System.currentTimeMillis(), 36);
    private long[] workspaces;
    private int phases;
    private long sent;

    private UsageApiBenchmark(ProductionApp app, ConfigurableApplicationContext context) {
        this.app = app;
        this.usage = context.getBean(UsageIngestionService.class);
        this.zone = context.getBean(TenantRegistry.class).get(TENANT).timeZone();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("billing.app.jvm", System.getProperty("billing.app.jvm", "-Xmx768m -XX:+UseSerialGC"));
        ProductionApp app = ProductionApp.get();
        ConfigurableApplicationContext context = BenchContext.start(args, Map.of());
        try {
            new UsageApiBenchmark(app, context).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    /** What one phase gave. */
    private record Phase(String path, int batch, int records, double seconds, double appCpu, double ownCpu) {
        double rate() {
            return records / seconds;
        }
    }

    private void run() throws Exception {
        workspaces = fixture();
        System.out.printf(Locale.ROOT, "%nUsageApiBenchmark: MariaDB %s, %d cores, app pid %s on port %d, %d clients, %,d records per"
                + " phase, %d workspaces, load average at start %.2f%n", TestDatabase.productVersion(),
                Runtime.getRuntime().availableProcessors(), app.pid(), app.port(), CLIENTS, RECORDS, WORKSPACES,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String path : List.of("service", "JSON", "CSV")) {
            phase(path, WARMUP_RECORDS, 1_000);
        }
        List<Phase> measured = new ArrayList<>();
        for (int batch : BATCHES) {
            for (String path : List.of("service", "JSON", "CSV")) {
                measured.add(phase(path, RECORDS, batch));
            }
        }
        System.out.printf(Locale.ROOT, "%n| path | batch | clients | records | s | records/s | of service | app CPU ms/1k | bench CPU ms/1k |%n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (Phase phase : measured) {
            double service = measured.stream().filter(p -> p.path().equals("service") && p.batch() == phase.batch()).findFirst()
                    .orElseThrow().rate();
            System.out.printf(Locale.ROOT, "| %s | %,d | %d | %,d | %.2f | %,.0f | %.0f%% | %.1f | %.1f |%n", phase.path(), phase.batch(),
                    CLIENTS, phase.records(), phase.seconds(), phase.rate(), 100 * phase.rate() / service,
                    1e6 * phase.appCpu() / phase.records(), 1e6 * phase.ownCpu() / phase.records());
        }
        long stored = storedRows();
        System.out.printf(Locale.ROOT, "%nTargets: API >= 20,000 records/s and >= 50%% of the service rate. Rows stored by this run %,d of"
                + " %,d sent (%s); load average at end %.2f%n", stored, sent, stored == sent ? "OK" : "MISMATCH",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Sends {@code records} new records by one path with {@link #CLIENTS} clients at once; every batch must be kept whole. */
    private Phase phase(String path, int records, int batch) throws Exception {
        int number = phases++;
        List<List<UsageRecord>> batches = UsageBatches.records(run + "-" + number, records, batch, workspaces,
                FIRST_DAY.plusDays(number), zone);
        Function<List<UsageRecord>, byte[]> body = path.equals("CSV") ? UsageBatches::csv : UsageBatches::json;
        List<byte[]> bodies = path.equals("service") ? List.of() : batches.stream().map(body).toList();
        String type = path.equals("CSV") ? "text/csv" : "application/json";
        AtomicInteger next = new AtomicInteger();
        double appCpu = appCpuSeconds();
        double ownCpu = ownCpuSeconds();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        int kept = path.equals("service") ? serviceCall(batches.get(i)) : post(bodies.get(i), type);
                        if (kept != batches.get(i).size()) {
                            throw new IllegalStateException(path + " batch " + i + " kept " + kept + " of " + batches.get(i).size());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        sent += records;
        return new Phase(path, batch, records, seconds, appCpuSeconds() - appCpu, ownCpuSeconds() - ownCpu);
    }

    private int serviceCall(List<UsageRecord> batch) {
        IngestionResult result = SystemIdentity.callAsOperator(TENANT, () -> usage.ingest(batch));
        return result.refused() ? -1 : result.accepted();
    }

    /** One request; returns how many records the answer says were new. */
    private int post(byte[] body, String type) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/usage"))
                .header("Host", TENANT + ".localhost:" + app.port()).header("Content-Type", type)
                .header("X-Api-Key", ProductionApp.USAGE_KEY).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher accepted = ACCEPTED.matcher(answer.body());
        if (answer.statusCode() != 200 || !accepted.find()) {
            throw new IllegalStateException("HTTP " + answer.statusCode() + ": " + answer.body().substring(0, Math.min(400, answer.body().length())));
        }
        return Integer.parseInt(accepted.group(1));
    }

    /** One account with {@link #WORKSPACES} active workspaces in a site where every item has a price (plain JDBC, not timed). */
    private long[] fixture() throws SQLException {
        long[] ids = new long[WORKSPACES];
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = connection()) {
            long account;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO billing_account (tenant_id, kind, currency, created_at,"
                    + " enterprise_name, version) VALUES (?, 'STANDARD', 'USD', ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, TENANT);
                insert.setObject(2, now);
                insert.setString(3, "Usage bench " + run);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    account = key.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO workspace (tenant_id, account_id, name, site_id,"
                    + " retention_days, status, locked, created_at, version) VALUES (?, ?, ?, 'us-west-1', 7, 'ACTIVE', FALSE, ?, 0)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int w = 0; w < WORKSPACES; w++) {
                    insert.setString(1, TENANT);
                    insert.setLong(2, account);
                    insert.setString(3, run + "-ws-" + w);
                    insert.setObject(4, now);
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        ids[w] = key.getLong(1);
                    }
                }
            }
        }
        return ids;
    }

    private long storedRows() throws SQLException {
        try (Connection c = connection(); PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM usage_record WHERE tenant_id = ? AND source_id LIKE ?")) {
            count.setString(1, TENANT);
            count.setString(2, run + "-%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
    }

    /** CPU seconds the app's process has used so far (user and system, from /proc). */
    private double appCpuSeconds() throws java.io.IOException {
        long pid = app.pid().orElseThrow(() -> new IllegalStateException("CPU figures need the app started by the benchmark"));
        String[] stat = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst(".*\\) ", "").split(" ");
        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
    }

    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }
}
