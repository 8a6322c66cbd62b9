package org.billingcenter.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.account.NewMember;
import org.billingcenter.account.SignUp;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.GeneratedPortfolio;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.enterprise.PortfolioFilter;
import org.billingcenter.enterprise.PortfolioGenerator;
import org.billingcenter.enterprise.PortfolioPageRequest;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.enterprise.SitePortfolioReportService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the Site Portfolio Report behaves as portfolios grow, on MariaDB, through the real services:
 * for each size (default 10,000 and 100,000 sites, generated with two years of history), the time
 * to everything the report's first screen loads (heading, owners, both charts, each table's size
 * and the first page of each of the four tables) and the SQL statements it sends, a filtered page,
 * the last page by keyset (as the grid reads it) and by OFFSET, each table's size, and a CSV export
 * of the largest table (time, rows, bytes, and heap: what the export allocates, the peak heap in
 * use, and the heap still in use after a full GC halfway through the export against the same figure
 * just before it — side by side for the sizes). The plans of the paging queries are printed too.
 * Not a test: a program.
 *
 * <pre>
 * ./mvnw -o -q -B test-compile -Dvaadin.skip=true
 * ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx512m -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.billingcenter.bench.PortfolioBenchmark
 * </pre>
 * Options: {@code -Dbench.sizes=10000,100000}, {@code -Dbench.repeats=5} (warm first-page runs; the median is printed).
 */
public final class PortfolioBenchmark {

    private static final String TENANT = "harbor-hosting";
    private static final int PAGE = 25;
    private static final int REPEATS = Integer.getInteger("bench.repeats", 5);
    private static final StatementCounter STATEMENTS = new StatementCounter();

    public static void main(String[] args) {
        ConfigurableApplicationContext context = BenchContext.start(args, Map.of(),
                ctx -> ctx.getBeanFactory().addBeanPostProcessor(STATEMENTS));
        try {
            new PortfolioBenchmark(context).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private final AccountService accounts;
    private final EmailConfirmationService confirmations;
    private final PortfolioGenerator generator;
    private final ContractInvoiceService invoices;
    private final SitePortfolioReportService report;
    private final JdbcTemplate jdbc;

    private PortfolioBenchmark(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.accounts = context.getBean(AccountService.class);
        this.confirmations = context.getBean(EmailConfirmationService.class);
        this.generator = context.getBean(PortfolioGenerator.class);
        this.invoices = context.getBean(ContractInvoiceService.class);
        this.report = context.getBean(SitePortfolioReportService.class);
    }

    private record Figures(int sites, Map<PortfolioTable, Long> tableSizes, double generateSeconds, double firstPageColdMs,
            double firstPageWarmMs, long firstScreenStatements, double filteredMs, double lastPageKeysetMs, double lastPageOffsetMs,
            double exportSeconds, long exportRows, long exportBytes, long allocatedMb, long peakHeapMb, double retainedBeforeMb,
            double retainedDuringMb) {
    }

    private void run() {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "%nPortfolioBenchmark: MariaDB %s, %d cores, max heap %d MB, load average %.2f%n",
                TestDatabase.productVersion(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Figures> all = new ArrayList<>();
        for (int size : sizes) {
            all.add(measure(size));
        }
        System.out.println();
        System.out.println("| sites | upgraded | new over contract | all active | deactivated | generate (s) | first screen cold (ms) "
                + "| first screen warm (ms) | first screen SQL statements | filtered page (ms) | last page by keyset (ms) "
                + "| last page by OFFSET (ms) |");
        System.out.println("|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f | %.0f | %.0f | %d | %.0f | %.1f | %.0f |%n", f.sites(),
                    f.tableSizes().get(PortfolioTable.UPGRADED), f.tableSizes().get(PortfolioTable.NEW_OVER_CONTRACT),
                    f.tableSizes().get(PortfolioTable.ACTIVE), f.tableSizes().get(PortfolioTable.DEACTIVATED), f.generateSeconds(),
                    f.firstPageColdMs(), f.firstPageWarmMs(), f.firstScreenStatements(), f.filteredMs(), f.lastPageKeysetMs(),
                    f.lastPageOffsetMs());
        }
        System.out.println();
        System.out.println("| sites | CSV export (s) | CSV rows | CSV MB | allocated by export (MB) | peak heap in use during export (MB) "
                + "| heap after full GC just before export (MB) | heap after full GC halfway through export (MB) | retained by export (MB) |");
        System.out.println("|------:|------:|------:|------:|------:|------:|------:|------:|------:|");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %d | %.2f | %d | %.1f | %d | %d | %.1f | %.1f | %.1f |%n", f.sites(), f.exportSeconds(),
                    f.exportRows(), f.exportBytes() / 1e6, f.allocatedMb(), f.peakHeapMb(), f.retainedBeforeMb(), f.retainedDuringMb(),
                    Math.round((f.retainedDuringMb() - f.retainedBeforeMb()) * 10) / 10.0 + 0.0);
        }
        System.out.printf(Locale.ROOT, "Targets: first page <= 300 ms, export <= 5 s, heap not growing with the portfolio. Load average at end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private Figures measure(int size) {
        SignedInUser admin = enterpriseAdmin("bench-" + size);
        long accountId = SystemIdentity.callAs(admin, () -> accounts.myAccount().id());
        long start = System.nanoTime();
        GeneratedPortfolio generated = SystemIdentity.callAsOperator(TENANT, () -> generator.generate(accountId, size, 42, false));
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d sites: %d plan changes, %d invoices, generated in %.1f s%n", generated.sites(),
                generated.planChanges(), generated.invoices(), generateSeconds);
        // The quarterly contract holds four in five sites: its latest invoice is the largest report.
        InvoiceSummary latest = SystemIdentity.callAs(admin, () -> invoices.invoices(new InvoiceQuery(null, null))).stream()
                .filter(i -> i.contractNumber().endsWith("1001")).findFirst().orElseThrow();
        long invoice = latest.id();
        double cold = millis(() -> SystemIdentity.callAs(admin, () -> firstScreen(invoice)));
        double[] warm = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            warm[i] = millis(() -> SystemIdentity.callAs(admin, () -> firstScreen(invoice)));
        }
        Arrays.sort(warm);
        long statementsBefore = STATEMENTS.count();
        SystemIdentity.callAs(admin, () -> firstScreen(invoice));
        long firstScreenStatements = STATEMENTS.count() - statementsBefore;
        Map<PortfolioTable, Long> sizes = SystemIdentity.callAs(admin, () -> report.overview(invoice)).tableSizes();
        String someOwner = SystemIdentity.callAs(admin, () -> report.owners(invoice)).get(3);
        // Every column filter a person can set at once: owner, both plans, name, and both invoice-date columns.
        PortfolioFilter filtered = new PortfolioFilter(someOwner, SitePlan.of("BUSINESS"), SitePlan.of("BUSINESS"), "atlas", true, true);
        double filteredMs = millis(() -> SystemIdentity.callAs(admin, () -> {
            report.count(invoice, PortfolioTable.ACTIVE, filtered);
            return report.page(invoice, PortfolioTable.ACTIVE, filtered, PortfolioPageRequest.first(PAGE));
        }));
        long rows = sizes.get(PortfolioTable.ACTIVE);
        int lastPageRows = (int) (rows - (Math.max(1, (rows + PAGE - 1) / PAGE) - 1) * PAGE);
        double[] keyset = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            keyset[i] = millis(() -> SystemIdentity.callAs(admin,
                    () -> report.page(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(), PortfolioPageRequest.last(lastPageRows))));
        }
        Arrays.sort(keyset);
        double lastPageOffsetMs = millis(() -> SystemIdentity.callAs(admin,
                () -> report.rows(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(), (int) Math.max(0, rows - lastPageRows), PAGE)));
        explain(invoice, someOwner);

        CountingStream out = new CountingStream();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double before = usedAfterFullGc(memory);
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] during = {Double.NaN};
        long exportStart = System.nanoTime();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long exported = SystemIdentity.callAs(admin, () -> report.exportCsv(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(),
                List.of("Site name", "Site owner", "Previous plan", "Current plan", "Previous invoice date", "Current invoice date"), out,
                written -> {
                    // Halfway, with the rows still streaming in: whatever the export keeps survives a full GC.
                    if (Double.isNaN(during[0]) && written >= rows / 2) {
                        during[0] = usedAfterFullGc(memory);
                    }
                }));
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf(Locale.ROOT, "  first screen cold %.0f ms, warm median %.0f ms, %d SQL statements; last page by keyset %.1f ms, "
                + "by OFFSET %.0f ms; export %d rows in %.2f s (the halfway full GC included); heap after full GC %.1f MB before, "
                + "%.1f MB halfway%n", cold, warm[REPEATS / 2], firstScreenStatements, keyset[REPEATS / 2], lastPageOffsetMs, exported,
                exportSeconds, before, during[0]);
        return new Figures(size, sizes, generateSeconds, cold, warm[REPEATS / 2], firstScreenStatements, filteredMs, keyset[REPEATS / 2],
                lastPageOffsetMs, exportSeconds, exported, out.bytes, allocated >> 20, (peak.get() - baseline) >> 20, before, during[0]);
    }

    private static double usedAfterFullGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1e6;
    }

    /** How MariaDB runs the grid's paging queries on this portfolio. */
    private void explain(long invoice, String owner) {
        String tenant = "'" + TENANT + "'";
        String base = "SELECT site_id, site_name FROM ent_invoice_site WHERE tenant_id = " + tenant + " AND invoice_id = " + invoice
                + " AND active = TRUE";
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("first page", base + " ORDER BY site_name, site_id LIMIT 25");
        queries.put("page after a row", base + " AND (site_name > 'm' OR (site_name = 'm' AND site_id > 0)) ORDER BY site_name, site_id LIMIT 25");
        queries.put("last page", base + " ORDER BY site_name DESC, site_id DESC LIMIT 25");
        queries.put("count by owner", "SELECT COUNT(*) FROM ent_invoice_site WHERE tenant_id = " + tenant + " AND invoice_id = " + invoice
                + " AND active = TRUE AND owner = '" + owner.replace("'", "''") + "'");
        queries.forEach((name, sql) -> jdbc.query("EXPLAIN " + sql, rs -> {
            System.out.printf(Locale.ROOT, "  EXPLAIN %s: type=%s key=%s rows=%s extra=%s%n", name, rs.getString("type"), rs.getString("key"),
                    rs.getString("rows"), rs.getString("Extra"));
        }));
    }

    /** What the report view asks for when it opens: the overview, then each open table's grid reads its first page. */
    private Object firstScreen(long invoice) {
        report.overview(invoice);
        for (PortfolioTable table : PortfolioTable.values()) {
            report.page(invoice, table, PortfolioFilter.none(), PortfolioPageRequest.first(PAGE));
        }
        return null;
    }

    private SignedInUser enterpriseAdmin(String who) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownerEmail = who + "-owner-" + suffix + "@example.com";
        String adminEmail = who + "-admin-" + suffix + "@example.com";
        return TenantContext.callAs(TENANT, () -> {
            accounts.signUp(new SignUp(ownerEmail, "correct horse battery", "Bench owner", AccountKind.ENTERPRISE, "Bench Enterprise " + who));
            SystemIdentity.runAsOperator(TENANT, () -> confirmations.confirmByStaff(ownerEmail, "benchmark"));
            SignedInUser owner = accounts.findSignIn(ownerEmail).orElseThrow().user();
            SystemIdentity.runAs(owner, () -> accounts.addMember(new NewMember(adminEmail, "correct horse battery", "Bench admin",
                    Role.ADMINISTRATOR)));
            return accounts.findSignIn(adminEmail).orElseThrow().user();
        });
    }

    private static double millis(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Where the export goes: counted, not kept. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
