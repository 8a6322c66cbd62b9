package org.billingcenter.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.billingcenter.billing.BillingRunService;
import org.billingcenter.billing.RunStatus;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.WalletService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Usage to bills at volume, through the real services on MariaDB, beside the raw floor of the
 * same server. Not a test: a program.
 *
 * <p>Set-up (not timed): one tenant ({@code lumen-intl}), {@code bench.accounts} accounts (1,000)
 * funded through the wallet, each with {@code bench.workspaces} / accounts workspaces (10,000 in
 * all, written with JDBC as a fixture). Timed:
 * <ol>
 * <li>ingestion: 1,000,000 hourly records (5 items × 10 hours × 2 days per workspace) through
 *     {@code UsageIngestionService.ingest} in batches of {@code bench.batch} (10,000);</li>
 * <li>rating + deduction: both days through {@code BillingRunService.runDay} (consumption lines,
 *     one wallet charge per account, item and day);</li>
 * <li>the month's bill run through {@code BillingRunService.runMonth} (it also rates the month's
 *     other, empty days).</li>
 * </ol>
 * Then the raw floor: plain JDBC batches (rewriteBatchedStatements) inserting the same number of
 * rows, into tables of the same shape: the 1,000,000 input rows into a copy of {@code usage_record}
 * (same keys), and the output rows the run wrote (consumption lines, daily charges, journal
 * transactions and entries, idempotency records, bills and bill lines) into one plain table.
 * Also a re-run of the days and the month (no-ops) and a check that the money adds up.
 *
 * <p>Run from the project root with the local MariaDB on 127.0.0.1:3306, heap capped at 1 GiB:
 * <pre>
 * ./mvnw -o -q -B test-compile -Dvaadin.skip=true
 * ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.billingcenter.bench.BillingBenchmark
 * </pre>
 */
public final class BillingBenchmark {

    private static final String TENANT = "lumen-intl";
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 1_000);
    private static final int WORKSPACES = Integer.getInteger("bench.workspaces", 10_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 10_000);
    private static final String[] ITEMS = {"LOGS", "TRACES", "TIME_SERIES", "HOSTS", "SMS"};
    private static final int HOURS = 10;
    private static final int DAYS = 2;
    private static final String[] SITES = {"us-west-1", "eu-central-1", "ap-southeast-1"};

    public static void main(String[] args) throws Exception {
        String url = TestDatabase.url();
        ConfigurableApplicationContext context = BenchContext.start(args, Map.of());
        try {
            new BillingBenchmark(context, url).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private final String url;
    private final UsageIngestionService usage;
    private final BillingRunService runs;
    private final WalletService wallet;
    private final ZoneId zone;
    private final YearMonth month;
    private final List<LocalDate> days = new ArrayList<>();

    private BillingBenchmark(ConfigurableApplicationContext context, String url) {
        this.url = url;
        this.usage = context.getBean(UsageIngestionService.class);
        this.runs = context.getBean(BillingRunService.class);
        this.wallet = context.getBean(WalletService.class);
        this.zone = context.getBean(TenantRegistry.class).get(TENANT).timeZone();
        // Last month in the tenant's calendar: closed, so its bill run may start.
        this.month = YearMonth.now(zone).minusMonths(1);
        for (int d = 0; d < DAYS; d++) {
            days.add(month.atDay(10 + d));
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "%nBillingBenchmark: MariaDB %s, %d cores, max heap %d MiB, load average at start %.2f%n",
                TestDatabase.productVersion(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] accounts = fixture();
        long records = (long) WORKSPACES * ITEMS.length * HOURS * DAYS;
        System.out.printf(Locale.ROOT, "Fixture: %d accounts, %d workspaces; %d usage records to send%n", accounts.length, WORKSPACES,
                records);
        resetPeaks();

        long start = System.nanoTime();
        long accepted = ingest(accounts);
        double ingestSeconds = seconds(start);
        long rateStart = System.nanoTime();
        for (LocalDate day : days) {
            SystemIdentity.callAsOperator(TENANT, () -> runs.runDay(day)).join();
        }
        double rateSeconds = seconds(rateStart);
        long billStart = System.nanoTime();
        SystemIdentity.callAsOperator(TENANT, () -> runs.runMonth(month)).join();
        double billSeconds = seconds(billStart);
        double total = seconds(start);
        long peakHeap = peakHeap();

        long rerunStart = System.nanoTime();
        for (LocalDate day : days) {
            SystemIdentity.callAsOperator(TENANT, () -> runs.runDay(day)).join();
        }
        SystemIdentity.callAsOperator(TENANT, () -> runs.runMonth(month)).join();
        double rerunSeconds = seconds(rerunStart);

        Map<String, Long> output = outputRows();
        long outputRows = output.values().stream().mapToLong(Long::longValue).sum();
        double rawInput = rawInput(records);
        double rawOutput = rawOutput(outputRows);
        List<String> problems = check(accounts, accepted, records);

        System.out.println();
        System.out.println("| phase                              |    rows in |  rows out |   wall s | rows/s    |");
        System.out.println("|------------------------------------|-----------:|----------:|---------:|----------:|");
        row("ingestion (1M records, 10k batches)", records, 0, ingestSeconds);
        row("rating + deduction (" + DAYS + " days)", records, output.get("consumption_line") + output.get("daily_charge")
                + output.get("journal_transaction") + output.get("journal_entry") + output.get("idempotency_record"), rateSeconds);
        row("monthly bill run", output.get("consumption_line"), output.get("bill") + output.get("bill_line"), billSeconds);
        row("whole run", records, outputRows, total);
        row("raw floor: input rows (JDBC batches)", records, 0, rawInput);
        row("raw floor: output rows (JDBC batches)", 0, outputRows, rawOutput);
        System.out.println();
        System.out.printf(Locale.ROOT, "Whole run %.1f s (target <= 60 s); raw floor input + output %.1f s; ratio %.2fx (target <= 3x);"
                + " processing only (rating, deduction, bills) %.1f s vs raw output floor %.1f s = %.2fx%n",
                total, rawInput + rawOutput, total / (rawInput + rawOutput), rateSeconds + billSeconds, rawOutput,
                (rateSeconds + billSeconds) / rawOutput);
        System.out.printf(Locale.ROOT, "Records/s end to end: %.0f; peak heap %d MiB (max %d MiB)%n", records / total, peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "Re-run of both days and the month: %.2f s (no-ops)%n", rerunSeconds);
        System.out.println("Output rows: " + output);
        System.out.println("Runs: " + SystemIdentity.callAsOperator(TENANT, () -> runs.recentRuns(3)).stream()
                .map(RunStatus::message).toList());
        System.out.printf(Locale.ROOT, "Load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("Checks: " + (problems.isEmpty() ? "OK (money adds up, nothing counted twice)" : problems));
    }

    // ------------------------------------------------------------------ fixture

    /** Accounts through plain JDBC (sign-up would spend minutes hashing passwords), funded through the wallet. */
    private long[] fixture() throws SQLException {
        long[] accounts = new long[ACCOUNTS];
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement account = c.prepareStatement("INSERT INTO billing_account (tenant_id, kind, currency, created_at,"
                    + " enterprise_name, version) VALUES (?, 'STANDARD', 'USD', ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < ACCOUNTS; i++) {
                    account.setString(1, TENANT);
                    account.setObject(2, now);
                    account.setString(3, "Bench " + i);
                    account.executeUpdate();
                    try (ResultSet key = account.getGeneratedKeys()) {
                        key.next();
                        accounts[i] = key.getLong(1);
                    }
                }
            }
            try (PreparedStatement walletRow = c.prepareStatement("INSERT INTO wallet (tenant_id, account_id, currency, cash_balance,"
                    + " created_at) VALUES (?, ?, 'USD', 0, ?)")) {
                for (long id : accounts) {
                    walletRow.setString(1, TENANT);
                    walletRow.setLong(2, id);
                    walletRow.setObject(3, now);
                    walletRow.addBatch();
                }
                walletRow.executeBatch();
            }
            try (PreparedStatement workspace = c.prepareStatement("INSERT INTO workspace (tenant_id, account_id, name, site_id,"
                    + " retention_days, status, locked, created_at, version) VALUES (?, ?, ?, ?, ?, 'ACTIVE', FALSE, ?, 0)")) {
                for (int w = 0; w < WORKSPACES; w++) {
                    workspace.setString(1, TENANT);
                    workspace.setLong(2, accounts[w % ACCOUNTS]);
                    workspace.setString(3, "ws-" + w);
                    workspace.setString(4, SITES[w % SITES.length]);
                    workspace.setObject(5, w % 4 == 0 ? 30 : null);
                    workspace.setObject(6, now);
                    workspace.addBatch();
                }
                workspace.executeBatch();
            }
            c.commit();
        }
        // Enough cash for most, not all: every tenth account runs into arrears.
        // Concurrent callers share wallet transactions (group commit): the set-up takes seconds, not minutes.
        java.util.stream.IntStream.range(0, ACCOUNTS).parallel().forEach(i -> {
            long id = accounts[i];
            String amount = i % 10 == 0 ? "1.00" : "1000.00";
            SystemIdentity.runAsOperator(TENANT, () -> wallet.grantCredit(id, Money.of(amount, "USD"), "bench funds",
                    "bench-" + id));
        });
        return accounts;
    }

    private long firstWorkspaceId() throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT MIN(id) FROM workspace WHERE tenant_id = '" + TENANT + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    // ------------------------------------------------------------------ timed phases

    /** Records in workspace order, generated batch by batch: nothing holds the million at once. */
    private long ingest(long[] accounts) throws SQLException {
        long first = firstWorkspaceId();
        int perWorkspace = ITEMS.length * HOURS * DAYS;
        long total = (long) WORKSPACES * perWorkspace;
        long accepted = 0;
        List<UsageRecord> batch = new ArrayList<>(BATCH);
        for (long n = 0; n < total; n++) {
            int w = (int) (n / perWorkspace);
            int r = (int) (n % perWorkspace);
            int item = r % ITEMS.length;
            int hour = (r / ITEMS.length) % HOURS;
            int day = r / (ITEMS.length * HOURS);
            Instant at = days.get(day).atTime(hour + 2, 0).atZone(zone).toInstant();
            BigDecimal quantity = BigDecimal.valueOf(switch (ITEMS[item]) {
                case "LOGS", "TRACES" -> 150_000L + (w * 7L + hour * 13L) % 100_000;
                case "TIME_SERIES" -> 1_000L + (w + hour * 31L) % 5_000;
                case "HOSTS" -> 1L + (w + hour) % 20;
                default -> (w + hour) % 4;
            });
            batch.add(new UsageRecord("w" + w + "-" + ITEMS[item].charAt(0) + ITEMS[item].length() + "-" + day + "-" + hour, first + w,
                    ITEMS[item], at, quantity));
            if (batch.size() == BATCH || n == total - 1) {
                List<UsageRecord> sent = batch;
                IngestionResult result = SystemIdentity.callAsOperator(TENANT, () -> usage.ingest(sent));
                if (result.refused()) {
                    throw new IllegalStateException("batch refused: " + result.errors().subList(0, Math.min(3, result.errors().size())));
                }
                accepted += result.accepted();
                batch = new ArrayList<>(BATCH);
            }
        }
        return accepted;
    }

    // ------------------------------------------------------------------ raw floor

    private double rawInput(long rows) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_usage LIKE usage_record");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_usage (tenant_id, source_id, workspace_id, item_code,"
                    + " usage_hour, usage_day, quantity) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                LocalDateTime hour = days.getFirst().atStartOfDay();
                for (long n = 0; n < rows; n++) {
                    insert.setString(1, TENANT);
                    insert.setString(2, "w" + (n / 100) + "-L4-" + (n % 100));
                    insert.setLong(3, n / 100);
                    insert.setString(4, ITEMS[(int) (n % ITEMS.length)]);
                    insert.setObject(5, hour.plusHours(n % 20));
                    insert.setObject(6, days.getFirst());
                    insert.setBigDecimal(7, BigDecimal.valueOf(n % 100_000));
                    insert.addBatch();
                    if (n % 1000 == 999) {
                        insert.executeBatch();
                    }
                    if (n % 10_000 == 9_999) {
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            return seconds(start);
        }
    }

    private double rawOutput(long rows) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_output (tenant_id VARCHAR(40) NOT NULL, id BIGINT NOT NULL, ref_id BIGINT NOT NULL,"
                    + " code VARCHAR(40) NOT NULL, day DATE NOT NULL, quantity DECIMAL(19, 4) NOT NULL, amount DECIMAL(19, 4) NOT NULL,"
                    + " currency CHAR(3) NOT NULL, PRIMARY KEY (tenant_id, id))");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_output VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (long n = 0; n < rows; n++) {
                    insert.setString(1, TENANT);
                    insert.setLong(2, n);
                    insert.setLong(3, n / 5);
                    insert.setString(4, ITEMS[(int) (n % ITEMS.length)]);
                    insert.setObject(5, days.getFirst());
                    insert.setBigDecimal(6, BigDecimal.valueOf(n % 100_000));
                    insert.setBigDecimal(7, BigDecimal.valueOf(n % 1000, 2));
                    insert.setString(8, "USD");
                    insert.addBatch();
                    if (n % 1000 == 999) {
                        insert.executeBatch();
                    }
                    if (n % 10_000 == 9_999) {
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            return seconds(start);
        }
    }

    // ------------------------------------------------------------------ checks

    private Map<String, Long> outputRows() throws SQLException {
        String tenant = "tenant_id = '" + TENANT + "'";
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String table : List.of("consumption_line", "daily_charge", "bill", "bill_line")) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table + " WHERE " + tenant));
        }
        counts.put("journal_transaction", count("SELECT COUNT(*) FROM journal_transaction WHERE " + tenant + " AND kind = 'CHARGE'"));
        counts.put("journal_entry", count("SELECT COUNT(*) FROM journal_entry e JOIN journal_transaction t ON t.id = e.transaction_id"
                + " WHERE t." + tenant + " AND t.kind = 'CHARGE'"));
        counts.put("idempotency_record", count("SELECT COUNT(*) FROM idempotency_record WHERE " + tenant + " AND idem_key LIKE 'usage:%'"));
        return counts;
    }

    private List<String> check(long[] accounts, long accepted, long records) throws SQLException {
        List<String> problems = new ArrayList<>();
        if (accepted != records) {
            problems.add(accepted + " of " + records + " records accepted");
        }
        long stored = count("SELECT COUNT(*) FROM usage_record WHERE tenant_id = '" + TENANT + "'");
        if (stored != records) {
            problems.add(stored + " usage rows stored for " + records + " records");
        }
        BigDecimal lines = decimal("SELECT SUM(amount) FROM consumption_line WHERE tenant_id = '" + TENANT + "'");
        BigDecimal billed = decimal("SELECT SUM(total) FROM bill WHERE tenant_id = '" + TENANT + "'");
        BigDecimal charged = decimal("SELECT SUM(amount) FROM daily_charge WHERE tenant_id = '" + TENANT + "'");
        BigDecimal credited = BigDecimal.valueOf(ACCOUNTS / 10).add(BigDecimal.valueOf(1000L * (ACCOUNTS - ACCOUNTS / 10)));
        BigDecimal cash = decimal("SELECT SUM(cash_balance) FROM wallet WHERE tenant_id = '" + TENANT + "'");
        if (lines.compareTo(billed) != 0 || lines.compareTo(charged) != 0) {
            problems.add("lines " + lines + ", bills " + billed + ", charges " + charged + " differ");
        }
        if (credited.subtract(charged).compareTo(cash) != 0) {
            problems.add("wallets hold " + cash + " but credits " + credited + " less charges " + charged + " is "
                    + credited.subtract(charged));
        }
        long bills = count("SELECT COUNT(*) FROM bill WHERE tenant_id = '" + TENANT + "'");
        if (bills != accounts.length) {
            problems.add(bills + " bills for " + accounts.length + " accounts");
        }
        System.out.printf(Locale.ROOT, "Money: consumption %s = charged %s = billed %s; accounts in arrears: %d%n", lines.toPlainString(),
                charged.toPlainString(), billed.toPlainString(),
                count("SELECT COUNT(*) FROM arrears_case WHERE tenant_id = '" + TENANT + "'"));
        return problems;
    }

    // ------------------------------------------------------------------ helpers

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private BigDecimal decimal(String sql) throws SQLException {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBigDecimal(1) == null ? BigDecimal.ZERO : r.getBigDecimal(1);
        }
    }

    private static void row(String name, long in, long out, double seconds) {
        System.out.printf(Locale.ROOT, "| %-34s | %10d | %9d | %8.1f | %9.0f |%n", name, in, out, seconds, (in + out) / seconds);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
