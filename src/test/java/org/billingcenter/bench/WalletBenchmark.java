package org.billingcenter.bench;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.account.SignUp;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.wallet.LedgerCheck;
import org.billingcenter.wallet.LedgerCheckService;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.SimulatedPaymentGateway;
import org.billingcenter.wallet.WalletService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How fast money moves through the real wallet services on MariaDB, beside the raw limit of the
 * same server, in one run. Not a test: a program.
 *
 * <p>Phases, each warmed up and then run for a fixed time:
 * <ol>
 * <li>raw, many rows: plain JDBC {@code UPDATE t SET v = v + 1 WHERE id = ?}, autocommit, each thread its own row,
 *     with 32 threads and with as many as there are callers across wallets (64);</li>
 * <li>raw, one row: the same, all 32 threads on one row;</li>
 * <li>credits across wallets: {@code WalletService.grantCredit}, 64 callers, each its own wallet (matches 1);</li>
 * <li>online recharges across wallets: {@code RechargeService.onPaymentCallback} completing pre-opened orders,
 *     64 callers (fixed count; matches 1);</li>
 * <li>charges on one hot wallet: {@code DeductionService.charge}, 32 writers on one account (matches 2);</li>
 * <li>journal rows alone: the statements of one batch of 25 credits, plain JDBC on one connection
 *     ({@link JournalRowsAlone}): how far the rows themselves let one batch in flight go (compare with 3).</li>
 * </ol>
 * The machine's speed drifts during a run by more than most effects being measured, so the raw rate
 * is measured again (10 s, already warm) after phases 3, 4 and 5, and each of those phases is
 * compared with the raw slices on either side of it, pooled (all their updates over all their time); phases 3
 * and 4 with the better of the 32-thread and the 64-thread slices.
 * Then a lost-update check (raw: sum of v = updates done; wallets: cash = journal = what the threads
 * posted), the group-commit batch sizes, and a single-threaded profile (latency and CPU per command).
 *
 * <p>Run from the project root (it reads {@code tenants/}), with the local MariaDB on 127.0.0.1:3306:
 * <pre>
 * ./mvnw -o -q -B test-compile -Dvaadin.skip=true
 * ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.billingcenter.bench.WalletBenchmark
 * </pre>
 * Options (system properties): {@code -Dbench.seconds=10} per phase, {@code -Dbench.warmup=15} (the JIT compilers share the two cores with the phase until the code is compiled),
 * {@code -Dbench.threads=32} (raw and the hot wallet), {@code -Dbench.callers=64} (credits and callbacks across wallets),
 * {@code -Dbench.pool=72} (Hikari pool; the default 10 would starve the callers), {@code -Dbench.recharges=1000} orders per caller for phase 4 (after as many unmeasured), {@code -Dbench.profileOnly=N} (only a single-threaded loop, for a CPU profiler),
 * {@code -Dbench.acrossWalletsOnly=true} (only phases 1, 3 and 4). Group-commit settings go in as
 * system properties too, e.g. {@code -Dbilling.wallet.group-commit.leaders-per-lane.payment-callback=1}.
 */
public final class WalletBenchmark {

    private static final String TENANT = "lumen-intl";

    /** Successful one-dollar payment callbacks settled, warm-up included, for the lost-update check. */
    private final LongAdder recharged = new LongAdder();
    private static final int THREADS = Integer.getInteger("bench.threads", 32);
    /**
     * Concurrent callers of the paths across wallets (credits, payment callbacks). A gateway posts
     * callbacks from many connections at once and a servlet container serves them on up to 200
     * threads: with 32 callers a batch can hold only what those few have queued, so the paths
     * across wallets are also measured with more. The raw rate beside them is measured with both
     * numbers of threads, and each phase is compared with the better of the two.
     */
    private static final int CALLERS = Integer.getInteger("bench.callers", 64);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 15);
    private static final int POOL = Integer.getInteger("bench.pool", Math.max(THREADS, CALLERS) + 8);
    private static final int RECHARGES_PER_THREAD = Integer.getInteger("bench.recharges", 1000);
    /** Only phases 1, 3 and 4, for comparing settings of the paths across wallets in back-to-back runs. */
    private static final boolean ACROSS_WALLETS_ONLY = Boolean.getBoolean("bench.acrossWalletsOnly");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);
    private static final Money CENT = Money.of("0.01", "USD");
    private static final Money CREDIT = Money.of("1.00", "USD");
    /** Credits per batch in the floor phase: about the batch size the group commit reaches with 32 threads. */
    private static final int FLOOR_BATCH = 25;

    /** What a phase did: operations, wall time, and CPU time of this JVM and of the database server. */
    private record Result(String name, long operations, double seconds, double clientCpuSeconds, double serverCpuSeconds) {
        double perSecond() {
            return operations / seconds;
        }

        String cpuPerOperation() {
            return String.format(Locale.ROOT, "%4.0f / %4.0f", 1e6 * clientCpuSeconds / operations, 1e6 * serverCpuSeconds / operations);
        }
    }

    /** CPU seconds used so far by this JVM and by the database server process (from /proc, 0 where unreadable). */
    private static double[] cpuNow() {
        double client = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        double server = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .mapToDouble(p -> {
                    try {
                        String[] stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + p.pid() + "/stat"))
                                .replaceFirst(".*\\) ", "").split(" ");
                        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
                    } catch (Exception e) {
                        return 0;
                    }
                }).sum();
        return new double[] {client, server};
    }

    public static void main(String[] args) throws Exception {
        String url = TestDatabase.url();
        ConfigurableApplicationContext context = BenchContext.start(args,
                Map.of("spring.datasource.hikari.maximum-pool-size", String.valueOf(POOL)));
        try {
            new WalletBenchmark(context, url).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private final ConfigurableApplicationContext context;
    private final String url;
    private final WalletService wallet;
    private final DeductionService deduction;
    private final RechargeService recharges;
    private final SimulatedPaymentGateway gateway;
    private final LedgerCheckService ledgerCheck;
    private final AccountService accounts;
    private final EmailConfirmationService confirmations;

    private WalletBenchmark(ConfigurableApplicationContext context, String url) {
        this.context = context;
        this.url = url;
        this.wallet = context.getBean(WalletService.class);
        this.deduction = context.getBean(DeductionService.class);
        this.recharges = context.getBean(RechargeService.class);
        this.gateway = context.getBean(SimulatedPaymentGateway.class);
        this.ledgerCheck = context.getBean(LedgerCheckService.class);
        this.accounts = context.getBean(AccountService.class);
        this.confirmations = context.getBean(EmailConfirmationService.class);
    }

    private void run() throws Exception {
        int profileOnly = Integer.getInteger("bench.profileOnly", 0);
        if (profileOnly > 0) {
            // For a CPU profiler (e.g. -XX:StartFlightRecording): warm up, then N credits on one thread.
            rawTable(1);
            long account = openAccount("profile").accountId();
            for (int i = 0; i < profileOnly * 2; i++) {
                SystemIdentity.runAsOperator(TENANT, () -> wallet.grantCredit(account, CREDIT, "warm-up", UUID.randomUUID().toString()));
            }
            System.out.println("profileOnly: " + profile(account, openAccount("profile-hot").accountId()));
            return;
        }
        System.out.printf(Locale.ROOT, "%nWalletBenchmark: MariaDB %s, %d threads (%d callers across wallets), %d s per phase after %d s warm-up,"
                + " Hikari pool %d, %d cores%n", TestDatabase.productVersion(), THREADS, CALLERS, SECONDS, WARMUP, POOL,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "Load average at start: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("Server: " + serverSettings());
        var settings = context.getEnvironment();
        String general = settings.getProperty("billing.wallet.group-commit.leaders", "1");
        java.util.function.Function<String, String> leaders = lane ->
                settings.getProperty("billing.wallet.group-commit.leaders-per-lane." + lane, general);
        System.out.printf(Locale.ROOT, "Group commit: batches in flight per lane: credits %s, payment callbacks %s, charges %s%n",
                leaders.apply("credit"), leaders.apply("payment-callback"), leaders.apply("charge"));

        // --- raw ---
        rawTable(Math.max(THREADS, CALLERS));
        RawSlice rawBefore = rawOwnRows("", WARMUP);
        Result rawOne = ACROSS_WALLETS_ONLY ? null : timedRaw("raw UPDATE, one row", THREADS, WARMUP, i -> 1);
        // --- ours ---
        List<SignedInUser> owners = new ArrayList<>();
        List<Long> own = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            owners.add(openAccount("bench-" + i));
            own.add(owners.getLast().accountId());
        }
        long hot = openAccount("bench-hot").accountId();
        LongAdder credited = new LongAdder();
        Result credits = timed(String.format(Locale.ROOT, "grantCredit, own wallet, %d callers", CALLERS), CALLERS, WARMUP, i -> {
            long account = own.get(i);
            return () -> {
                SystemIdentity.runAsOperator(TENANT, () -> wallet.grantCredit(account, CREDIT, "bench", UUID.randomUUID().toString()));
                credited.increment();
            };
        }, 1);
        // The machine's speed drifts within a run: the raw rate is measured again after each phase, and
        // each phase is compared with the raw slices on either side of it.
        RawSlice rawAfterCredits = rawOwnRows(", again", 0);
        Result callbacks = onlineRecharges(owners);
        // The phase's revisions still waiting for the scheduled seal would be sealed during the raw slice, slowing it.
        sealAuditTrail();
        RawSlice rawAfterCallbacks = rawOwnRows(", again", 0);
        Result aroundCredits = rawBefore.around("credits", rawAfterCredits);
        Result aroundCallbacks = rawAfterCredits.around("callbacks", rawAfterCallbacks);
        List<Result> rawAcross = java.util.stream.Stream.of(rawBefore, rawAfterCredits, rawAfterCallbacks)
                .flatMap(slice -> java.util.stream.Stream.of(slice.threads(), slice.callers())).toList();
        if (ACROSS_WALLETS_ONLY) {
            long rawDone = rawAcross.stream().mapToLong(Result::operations).sum() + rawWarmups.sum();
            long rawSum = rawSum();
            List<String> problems = rawProblems(rawSum, rawDone);
            BigDecimal cashAcross = checkAcross(own, credited.sum(), problems);
            System.out.println();
            tableHeader();
            rawAcross.forEach(raw -> row(raw, null, null));
            row(credits, aroundCredits, "≥ 50%");
            row(callbacks, aroundCallbacks, "≥ 50%");
            System.out.printf(Locale.ROOT, "%nLost updates: %s (raw: %d updates, sum %d; %d wallets cash = journal = %s)%n",
                    problems.isEmpty() ? "NONE" : problems, rawDone, rawSum, own.size(), cashAcross.toPlainString());
            System.out.println("Commands per database transaction (group commit): " + batchSizes());
            return;
        }
        LongAdder charged = new LongAdder();
        Result charges = timed("charge, one hot wallet", i -> () -> {
            SystemIdentity.runAsOperator(TENANT, () -> deduction.charge(
                    new Charge(hot, CENT, "LOGS", "bench", DAY, UUID.randomUUID().toString())));
            charged.increment();
        });
        Result rawOneAfter = timedRaw("raw UPDATE, one row, again", THREADS, 0, i -> 1);

        // --- the floor of the rows themselves ---
        List<Long> floorAccounts = new ArrayList<>();
        for (int i = 0; i < FLOOR_BATCH; i++) {
            floorAccounts.add(openAccount("floor-" + i).accountId());
        }
        Result rowsAlone;
        try (JournalRowsAlone floor = new JournalRowsAlone(url, TENANT, floorAccounts)) {
            rowsAlone = timed("journal rows alone, plain JDBC, 1 connection", 1, WARMUP, i -> floor::batch, FLOOR_BATCH);
        }

        // --- lost updates ---
        long rawDone = rawAcross.stream().mapToLong(Result::operations).sum() + rawOne.operations() + rawOneAfter.operations()
                + rawWarmups.sum();
        long rawSum = rawSum();
        List<String> problems = rawProblems(rawSum, rawDone);
        BigDecimal cashAcross = checkAcross(own, credited.sum(), problems);
        LedgerCheck hotCheck = SystemIdentity.callAsOperator(TENANT, () -> ledgerCheck.check(hot));
        problems.addAll(hotCheck.problems());
        BigDecimal expectedHot = CENT.amount().multiply(BigDecimal.valueOf(charged.sum())).negate();
        if (cash(hot).compareTo(expectedHot) != 0) {
            problems.add("hot wallet holds " + cash(hot) + " but " + charged.sum() + " charges of 0.01 were made");
        }
        if (hotCheck.transactionsChecked() != charged.sum()) {
            problems.add("hot wallet has " + hotCheck.transactionsChecked() + " journal transactions for " + charged.sum() + " charges");
        }

        for (long account : floorAccounts) {
            problems.addAll(SystemIdentity.callAsOperator(TENANT, () -> ledgerCheck.check(account)).problems());
        }
        Map<String, String> profile = profile(own.getFirst(), hot);

        System.out.println();
        tableHeader();
        rawAcross.forEach(raw -> row(raw, null, null));
        row(rawOne, null, null);
        row(rawOneAfter, null, null);
        row(credits, aroundCredits, "≥ 50%");
        row(callbacks, aroundCallbacks, "≥ 50%");
        row(charges, pooled("raw one row around charges", rawOne, rawOneAfter), "≥ 30%");
        row(rowsAlone, pooled("raw own rows, " + THREADS + " threads", rawBefore.threads(), rawAfterCredits.threads(),
                rawAfterCallbacks.threads()), null);
        System.out.println();
        System.out.printf(Locale.ROOT, "Lost updates: %s (raw: %d updates, sum %d; %d wallets cash = journal = %s; hot wallet %d charges, cash %s, %d journal transactions)%n",
                problems.isEmpty() ? "NONE" : problems, rawDone, rawSum, own.size(), cashAcross.toPlainString(), charged.sum(),
                cash(hot).toPlainString(), hotCheck.transactionsChecked());
        System.out.printf(Locale.ROOT, "Load average at end: %.2f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("Commands per database transaction (group commit): " + batchSizes());
        System.out.printf(Locale.ROOT, "Journal rows alone: what one batch of %d credits writes (lock the wallets, look up the keys, insert the"
                + " transactions, entries and keys, move the cash, commit), sent by plain JDBC on one connection with no application"
                + " around it: the ceiling of one batch in flight at a time.%n", FLOOR_BATCH);
        System.out.println("Single-threaded profile:");
        profile.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    }

    private static List<String> rawProblems(long rawSum, long rawDone) {
        List<String> problems = new ArrayList<>();
        if (rawSum != rawDone) {
            problems.add("raw: sum of v " + rawSum + " but " + rawDone + " updates succeeded");
        }
        return problems;
    }

    /**
     * Lost updates across the wallets: each wallet's cash against its journal, and all of it against
     * what the threads posted (the credits and the one-dollar callbacks). Adds what is wrong to
     * {@code problems}; returns the cash of all the wallets.
     */
    private BigDecimal checkAcross(List<Long> own, long credits, List<String> problems) {
        BigDecimal cashAcross = BigDecimal.ZERO;
        for (long account : own) {
            LedgerCheck check = SystemIdentity.callAsOperator(TENANT, () -> ledgerCheck.check(account));
            problems.addAll(check.problems());
            cashAcross = cashAcross.add(cash(account));
        }
        BigDecimal expected = CREDIT.amount().multiply(BigDecimal.valueOf(credits)).add(BigDecimal.valueOf(recharged.sum()));
        if (cashAcross.compareTo(expected) != 0) {
            problems.add("wallets hold " + cashAcross + " but the threads posted " + expected);
        }
        return cashAcross;
    }

    private static void tableHeader() {
        System.out.println("| phase                                         |    ops |  ops/s | compared with                     | ratio | target | CPU µs/op: JVM / DB |");
        System.out.println("|-----------------------------------------------|-------:|-------:|-----------------------------------|------:|-------:|--------------------:|");
    }

    private String batchSizes() {
        MeterRegistry meters = context.getBean(MeterRegistry.class);
        StringBuilder text = new StringBuilder();
        for (DistributionSummary lane : meters.find("wallet.batch.size").summaries()) {
            text.append(String.format(Locale.ROOT, "%s: %d batches, mean %.1f, max %.0f; ", lane.getId().getTag("lane"),
                    lane.count(), lane.mean(), lane.max()));
        }
        return text.toString();
    }

    /** Raw slices taken as one: all their operations over all their time. */
    private static Result pooled(String name, Result... slices) {
        return new Result(name, java.util.Arrays.stream(slices).mapToLong(Result::operations).sum(),
                java.util.Arrays.stream(slices).mapToDouble(Result::seconds).sum(),
                java.util.Arrays.stream(slices).mapToDouble(Result::clientCpuSeconds).sum(),
                java.util.Arrays.stream(slices).mapToDouble(Result::serverCpuSeconds).sum());
    }

    private static void row(Result ours, Result raw, String target) {
        String ratio = raw == null ? "" : String.format(Locale.ROOT, "%4.0f%%", 100 * ours.perSecond() / raw.perSecond());
        System.out.printf(Locale.ROOT, "| %-45s | %6d | %6.0f | %-33s | %5s | %6s | %19s |%n", ours.name(), ours.operations(), ours.perSecond(),
                raw == null ? "" : raw.name(), ratio, target == null ? "" : target,
                ours.cpuPerOperation());
    }

    // ------------------------------------------------------------------ raw

    private final LongAdder rawWarmups = new LongAdder();

    private void rawTable(int rows) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_counter (id BIGINT PRIMARY KEY, v BIGINT NOT NULL) ENGINE=InnoDB");
            for (int i = 1; i <= rows; i++) {
                s.execute("INSERT INTO bench_counter VALUES (" + i + ", 0)");
            }
        }
    }

    /** Raw updates on own rows measured back to back with {@link #THREADS} and with {@link #CALLERS} workers. */
    private record RawSlice(Result threads, Result callers) {

        /**
         * The raw rate a phase between this slice and {@code after} is compared with: pooled over both
         * slices, with whichever number of threads reached more.
         */
        Result around(String phase, RawSlice after) {
            Result withThreads = pooled("raw " + THREADS + " threads around " + phase, threads, after.threads);
            Result withCallers = pooled("raw " + CALLERS + " threads around " + phase, callers, after.callers);
            return withThreads.perSecond() >= withCallers.perSecond() ? withThreads : withCallers;
        }
    }

    /** A raw slice, each worker on its own row; {@code suffix} ends the phases' names. */
    private RawSlice rawOwnRows(String suffix, int warmupSeconds) throws Exception {
        return new RawSlice(rawOwnRows(THREADS, suffix, warmupSeconds), rawOwnRows(CALLERS, suffix, warmupSeconds));
    }

    private Result rawOwnRows(int threads, String suffix, int warmupSeconds) throws Exception {
        return timedRaw(String.format(Locale.ROOT, "raw UPDATE, own row, %d threads%s", threads, suffix), threads, warmupSeconds, i -> i + 1);
    }

    /** A timed phase of raw updates; the workers' connections are closed after it. */
    private Result timedRaw(String name, int threads, int warmupSeconds, IntFunction<Integer> rowOf) throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            return timed(name, threads, warmupSeconds, rawUpdates(rowOf, connections), 1);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** Each worker holds its own connection (added to {@code opened}), autocommit, and bumps the row it is given. */
    private IntFunction<Runnable> rawUpdates(IntFunction<Integer> rowOf, List<Connection> opened) {
        return i -> {
            try {
                Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                opened.add(connection);
                connection.setAutoCommit(true);
                PreparedStatement update = connection.prepareStatement("UPDATE bench_counter SET v = v + 1 WHERE id = ?");
                update.setLong(1, rowOf.apply(i));
                return () -> {
                    try {
                        if (update.executeUpdate() != 1) {
                            throw new IllegalStateException("row vanished");
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private long rawSum() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SUM(v) FROM bench_counter")) {
            r.next();
            return r.getLong(1);
        }
    }

    private String serverSettings() throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                        SHOW VARIABLES WHERE Variable_name IN ('innodb_flush_log_at_trx_commit', 'sync_binlog', 'log_bin',
                          'transaction_isolation', 'innodb_buffer_pool_size')""")) {
            while (r.next()) {
                text.append(r.getString(1)).append('=').append(r.getString(2)).append(' ');
            }
        }
        return text.toString().strip();
    }

    // ------------------------------------------------------------------ ours

    private SignedInUser openAccount(String who) {
        String email = who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        return TenantContext.callAs(TENANT, () -> {
            accounts.signUp(new SignUp(email, "correct horse battery", "Bench " + who, AccountKind.STANDARD, "Bench Co " + who));
            SystemIdentity.runAsOperator(TENANT, () -> confirmations.confirmByStaff(email, "benchmark"));
            return accounts.findSignIn(email).orElseThrow().user();
        });
    }

    /**
     * The real recharge path: the holder opens an online payment (not timed), the provider's signed
     * "succeeded" callback completes it (timed): lock the order, post the journal transaction, move
     * the cash (which locks the wallet), complete the order (audited).
     */
    /** Like the other phases, callbacks run warm: a first round of orders is settled unmeasured. */
    private Result onlineRecharges(List<SignedInUser> owners) throws Exception {
        settle(openOrders(owners));
        List<List<PaymentCallback>> perThread = openOrders(owners);
        long sealStart = System.nanoTime();
        int sealed = sealAuditTrail();
        // The scheduled seal takes most of them while the orders are opened: what is left, and how fast.
        System.out.printf(Locale.ROOT, "  sealed %d pending revisions of the audit chain in %.3f s%n", sealed, (System.nanoTime() - sealStart) / 1e9);
        long start = System.nanoTime();
        double[] cpu = cpuNow();
        settle(perThread);
        double[] cpuAfter = cpuNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        Result result = new Result(String.format(Locale.ROOT, "payment callback, own wallet, %d callers", CALLERS),
                (long) CALLERS * RECHARGES_PER_THREAD, seconds,
                cpuAfter[0] - cpu[0], cpuAfter[1] - cpu[1]);
        System.out.printf(Locale.ROOT, "  %-45s %8d ops in %5.1f s = %8.0f/s%n", result.name(), result.operations(), seconds, result.perSecond());
        return result;
    }

    private void settle(List<List<PaymentCallback>> perThread) throws Exception {
        runAll(CALLERS, i -> perThread.get(i).forEach(callback -> {
            TenantContext.runAs(TENANT, () -> recharges.onPaymentCallback(callback));
            recharged.increment();
        }));
    }

    /**
     * Opening an order writes an audit revision, which the seal job chains a few seconds later: that
     * belongs to opening, not to settling, so it is done before the clock starts.
     */
    private int sealAuditTrail() throws ReflectiveOperationException {
        Class<?> chain = Class.forName("org.billingcenter.audit.AuditChain");
        Method sealPending = chain.getDeclaredMethod("sealPending", String.class);
        sealPending.setAccessible(true);
        return (Integer) sealPending.invoke(context.getBean(chain), TENANT);
    }

    /** Opens {@code bench.recharges} orders per thread and signs a successful callback for each, as the gateway would. */
    private List<List<PaymentCallback>> openOrders(List<SignedInUser> owners) throws Exception {
        Method signed = SimulatedPaymentGateway.class.getDeclaredMethod("signed", PaymentCallback.class);
        signed.setAccessible(true);
        List<List<PaymentCallback>> perThread = new ArrayList<>();
        runAll(CALLERS, i -> {
            List<PaymentCallback> callbacks = new ArrayList<>();
            for (int n = 0; n < RECHARGES_PER_THREAD; n++) {
                RechargeService.RechargeStarted started = SystemIdentity.callAs(owners.get(i),
                        () -> recharges.startOnlineRecharge(BigDecimal.ONE, UUID.randomUUID().toString()));
                String reference = started.checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
                try {
                    callbacks.add((PaymentCallback) signed.invoke(gateway, new PaymentCallback(TENANT, reference,
                            PaymentCallback.Outcome.SUCCEEDED, Money.of("1", "USD"), UUID.randomUUID().toString(), null)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            synchronized (perThread) {
                while (perThread.size() <= i) {
                    perThread.add(null);
                }
                perThread.set(i, callbacks);
            }
        });
        return perThread;
    }

    private BigDecimal cash(long account) {
        return TenantContext.callAs(TENANT, () -> {
            var em = context.getBean(EntityManagerFactory.class).createEntityManager();
            try {
                return (BigDecimal) em.createNativeQuery("select cash_balance from wallet where account_id = ?1 and tenant_id = ?2")
                        .setParameter(1, account).setParameter(2, TENANT).getSingleResult();
            } finally {
                em.close();
            }
        });
    }

    /** Latency and calling-thread CPU per command, single-threaded (each command is then a batch of one). */
    private Map<String, String> profile(long account, long hot) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 200;
        var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String what : List.of("grantCredit", "charge (cash only)")) {
            long cpuStart = threadBean.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (what.equals("grantCredit")) {
                    SystemIdentity.runAsOperator(TENANT, () -> wallet.grantCredit(account, CREDIT, "profile", UUID.randomUUID().toString()));
                } else {
                    SystemIdentity.runAsOperator(TENANT, () -> deduction.charge(new Charge(hot, CENT, "LOGS", "profile", DAY, UUID.randomUUID().toString())));
                }
            }
            double micros = (System.nanoTime() - start) / 1e3 / n;
            double cpuMicros = (threadBean.getCurrentThreadCpuTime() - cpuStart) / 1e3 / n;
            out.put(what, String.format(Locale.ROOT, "%.0f µs each (%.0f µs of it JVM CPU on the calling thread)", micros, cpuMicros));
        }
        out.put("raw UPDATE", String.format(Locale.ROOT, "%.0f µs each (autocommit)", rawLatencyMicros(n)));
        return out;
    }

    private double rawLatencyMicros(int n) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        Runnable one = rawUpdates(i -> 1, connections).apply(0);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            one.run();
            rawWarmups.increment();
        }
        double micros = (System.nanoTime() - start) / 1e3 / n;
        connections.getFirst().close();
        return micros;
    }

    // ------------------------------------------------------------------ harness

    /** Warm up, then run each worker's operation in a loop for the phase's duration; count what finished. */
    private Result timed(String name, IntFunction<Runnable> workerOf) throws Exception {
        return timed(name, THREADS, WARMUP, workerOf, 1);
    }

    /** As above, with {@code threads} workers, each run of which does {@code perRun} operations. */
    private Result timed(String name, int threads, int warmupSeconds, IntFunction<Runnable> workerOf, int perRun) throws Exception {
        List<Runnable> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(workerOf.apply(i));
        }
        long warm = warmupSeconds == 0 ? 0 : loop(workers, warmupSeconds);
        if (name.startsWith("raw")) {
            rawWarmups.add(warm);
        }
        long start = System.nanoTime();
        double[] cpu = cpuNow();
        long done = loop(workers, SECONDS) * perRun;
        double[] cpuAfter = cpuNow();
        double seconds = (System.nanoTime() - start) / 1e9;
        Result result = new Result(name, done, seconds, cpuAfter[0] - cpu[0], cpuAfter[1] - cpu[1]);
        System.out.printf(Locale.ROOT, "  %-45s %8d ops in %5.1f s = %8.0f/s (warm-up %d)%n", name, done, seconds, result.perSecond(), warm);
        return result;
    }

    private static long loop(List<Runnable> workers, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder done = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (Runnable worker : workers) {
            futures.add(pool.submit((Callable<Void>) () -> {
                go.await();
                while (!stop.get()) {
                    worker.run();
                    done.increment();
                }
                return null;
            }));
        }
        go.countDown();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<Void> future : futures) {
            future.get();
        }
        pool.shutdown();
        return done.sum();
    }

    private static void runAll(int threads, java.util.function.IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            futures.add(pool.submit(() -> work.accept(index)));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }
}
