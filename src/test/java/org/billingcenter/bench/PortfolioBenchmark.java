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

import org.billingcenter.Application;
import org.billingcenter.account.AccountService;
import org.billingcenter.account.NewMember;
import org.billingcenter.account.SignUp;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.GeneratedPortfolio;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.enterprise.PortfolioFilter;
import org.billingcenter.enterprise.PortfolioGenerator;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.enterprise.SitePortfolioReportService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.TestDatabase;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * How the Site Portfolio Report behaves as portfolios grow, on MariaDB, through the real services:
 * for each size (default 10,000 and 100,000 sites, generated with two years of history), the time
 * to everything the report's first screen loads (heading, owners, both charts, and a count and
 * first page of each of the four tables), a filtered page, and a CSV export of the largest table
 * (time, rows, bytes, and heap: what the export allocates and the peak heap in use while it runs,
 * side by side for the sizes). Not a test: a program.
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

    public static void main(String[] args) {
        String url = TestDatabase.url();
        Map.of("spring.datasource.url", url,
                "spring.datasource.username", TestDatabase.user(),
                "spring.datasource.password", TestDatabase.password(),
                "spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB",
                "spring.jpa.properties.jakarta.persistence.database-product-version", TestDatabase.productVersion(),
                "billing.demo-data.enabled", "false",
                "logging.level.root", "warn",
                "billing.wallet.expiry-cron", "-").forEach(System::setProperty);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(args);
        try {
            new PortfolioBenchmark(context).run();
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private final AccountService accounts;
    private final PortfolioGenerator generator;
    private final ContractInvoiceService invoices;
    private final SitePortfolioReportService report;

    private PortfolioBenchmark(ConfigurableApplicationContext context) {
        this.accounts = context.getBean(AccountService.class);
        this.generator = context.getBean(PortfolioGenerator.class);
        this.invoices = context.getBean(ContractInvoiceService.class);
        this.report = context.getBean(SitePortfolioReportService.class);
    }

    private record Figures(int sites, long tableRows, double generateSeconds, double firstPageColdMs, double firstPageWarmMs,
            double filteredMs, double lastPageMs, double exportSeconds, long exportRows, long exportBytes, long allocatedMb,
            long peakHeapMb) {
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
        System.out.println("| sites | rows in 'all active' | generate (s) | first page cold (ms) | first page warm (ms) | filtered page (ms) "
                + "| last page (ms) | CSV export (s) | CSV rows | CSV MB | allocated by export (MB) | peak heap in use during export (MB) |");
        System.out.println("|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|");
        for (Figures f : all) {
            System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %.2f | %d | %.1f | %d | %d |%n", f.sites(), f.tableRows(),
                    f.generateSeconds(), f.firstPageColdMs(), f.firstPageWarmMs(), f.filteredMs(), f.lastPageMs(), f.exportSeconds(),
                    f.exportRows(), f.exportBytes() / 1e6, f.allocatedMb(), f.peakHeapMb());
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
        String someOwner = SystemIdentity.callAs(admin, () -> report.owners(invoice)).get(3);
        PortfolioFilter filtered = new PortfolioFilter(someOwner, null, SitePlan.BUSINESS, "atlas");
        double filteredMs = millis(() -> SystemIdentity.callAs(admin, () -> {
            report.count(invoice, PortfolioTable.ACTIVE, filtered);
            return report.rows(invoice, PortfolioTable.ACTIVE, filtered, 0, PAGE);
        }));
        long rows = SystemIdentity.callAs(admin, () -> report.count(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none()));
        double lastPageMs = millis(() -> SystemIdentity.callAs(admin,
                () -> report.rows(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(), (int) Math.max(0, rows - PAGE), PAGE)));

        CountingStream out = new CountingStream();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
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
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long exportStart = System.nanoTime();
        long exported = SystemIdentity.callAs(admin, () -> report.exportCsv(invoice, PortfolioTable.ACTIVE, PortfolioFilter.none(),
                List.of("Site name", "Site owner", "Previous plan", "Current plan", "Previous invoice date", "Current invoice date"), out,
                written -> { }));
        double exportSeconds = (System.nanoTime() - exportStart) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf(Locale.ROOT, "  first page cold %.0f ms, warm median %.0f ms; export %d rows in %.2f s%n", cold, warm[REPEATS / 2],
                exported, exportSeconds);
        return new Figures(size, rows, generateSeconds, cold, warm[REPEATS / 2], filteredMs, lastPageMs, exportSeconds, exported, out.bytes,
                allocated >> 20, (peak.get() - baseline) >> 20);
    }

    /** What the report view asks for when it opens. */
    private Object firstScreen(long invoice) {
        report.header(invoice);
        report.owners(invoice);
        report.sitesByPlan(invoice);
        report.activeSitesOverTime(invoice);
        for (PortfolioTable table : PortfolioTable.values()) {
            report.count(invoice, table, PortfolioFilter.none());
            report.rows(invoice, table, PortfolioFilter.none(), 0, PAGE);
        }
        return null;
    }

    private SignedInUser enterpriseAdmin(String who) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ownerEmail = who + "-owner-" + suffix + "@example.com";
        String adminEmail = who + "-admin-" + suffix + "@example.com";
        return TenantContext.callAs(TENANT, () -> {
            accounts.signUp(new SignUp(ownerEmail, "correct horse battery", "Bench owner", AccountKind.ENTERPRISE, "Bench Enterprise " + who));
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
