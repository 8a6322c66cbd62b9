package org.billingcenter.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.proof.ProductionApp;
import org.billingcenter.proof.VaadinHttpSession;

/**
 * N people at once, each in a real Vaadin session over HTTP against the production jar on MariaDB
 * (no browsers: {@link VaadinHttpSession} speaks the page, bootstrap, form sign-in and UIDL), then
 * what those sessions cost in heap; then the same again with years of history in the journal, to show
 * what grows with the tables. Not a test: a program that prints figures.
 *
 * <p>Each simulated person arrives at a random moment within {@code bench.rampSeconds} (people do
 * not all press Enter in the same millisecond), opens the sign-in page, signs in (form POST,
 * Argon2 check), opens the dashboard, then {@code bench.rounds} times goes to the wallet, to the
 * monthly bills (the contract invoices in a contract-only tenant), back to the dashboard and to a one-line
 * reference view (in-app navigation, UIDL), thinking between clicks for
 * {@code bench.thinkMillis} on average (half to one and a half times that). Printed: p50/p95/p99/max of the server's answer per step
 * (every HTTP request of the step), errors, and heap: live heap after a full GC with no sessions
 * (baseline), with N sessions open, and after they signed out — per session = (with − baseline) / N.
 * The app runs as a child process ({@code java -jar}, SerialGC, a fixed 1 GiB heap with 512 MiB young; {@code -Dbilling.app.jvm} replaces those); heap is read with
 * {@code jcmd <pid> GC.run} and {@code GC.heap_info}. Each simulated person is a person of their own
 * ({@link LoadPeople}) in one of the three tenants, coming from an address of their own.
 *
 * <p>Run from the project root after {@code ./mvnw -o -B package -DskipTests}:
 * <pre>
 * ./mvnw -o -q -B test-compile -Dvaadin.skip=true
 * ./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * java -Djdk.httpclient.allowRestrictedHeaders=host -cp target/test-classes:target/classes:$(cat target/bench.cp) \
 *     org.billingcenter.bench.LoadBenchmark
 * </pre>
 * Options: {@code -Dbench.users=200}, {@code -Dbench.rounds=3}, {@code -Dbench.thinkMillis=2000},
 * {@code -Dbench.rampSeconds=30}, {@code -Dbench.warmupUsers=200} (arriving within a third of the ramp, before each run),
 * {@code -Dbench.history=50000} (journal transactions added to every wallet, see
 * {@link LargeHistory}, before a second run that is printed beside the first; 0 for one run), {@code -Dbench.histogram=true} (per-class growth of the heap per session),
 * {@code -Dbench.heapDump=file.hprof} (a heap dump with the N sessions open).
 * Steps for new screens (bills…) are one more {@link #step} call in {@link #person}.
 */
public final class LoadBenchmark {

    static final int USERS = Integer.getInteger("bench.users", 200);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final int THINK = Integer.getInteger("bench.thinkMillis", 2000);
    static final int RAMP_SECONDS = Integer.getInteger("bench.rampSeconds", 30);
    /** People who go through the journey, and sign out, before each measured run: until the JIT has compiled it, a journey costs several times more. */
    static final int WARMUP_USERS = Integer.getInteger("bench.warmupUsers", 200);
    /** Journal transactions added per wallet before the second run (0: one run only). */
    static final int HISTORY = Integer.getInteger("bench.history", 50_000);
    static final List<String> TENANTS = List.of("lumen-intl", "lumen-cn", "harbor-hosting");
    /** Tenants whose customers hold contracts: their bills are the contract invoices. */
    static final java.util.Set<String> CONTRACT_ONLY = java.util.Set.of("harbor-hosting");
    /** {@code -Dbench.histogram=true}: also print which classes the sessions' heap is made of. */
    static final boolean HISTOGRAM = Boolean.getBoolean("bench.histogram");
    /** How many classes the histogram lists ({@code -Dbench.histogramRows=25}). */
    static final int HISTOGRAM_ROWS = Integer.getInteger("bench.histogramRows", 25);
    /** The step every other step's p95 is compared with: a signed-in person opening the one-line reference view. */
    static final String REFERENCE = "reference view";
    static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    static final Pattern USED = Pattern.compile("used (\\d+)K");
    static final Pattern GENERATION = Pattern.compile("^\\s*(DefNew|Tenured|def new generation|tenured generation|garbage-first heap)\\b");

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, AtomicInteger> errors = Collections.synchronizedMap(new LinkedHashMap<>());
    private final HttpClient http = VaadinHttpSession.newClient();
    private final ProductionApp app;

    private LoadBenchmark(ProductionApp app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        // SerialGC: its pauses run on the request threads' cores instead of beside them (G1 measured no better here).
        // The whole heap from the start, half of it young: a heap that starts small grows through a run, its
        // small young generation promoting what requests and password hashes still hold, until a full collection.
        // MarkSweepDeadRatio=0: a full collection compacts all of the old generation; by default it may leave up to 5%
        // of it as dead space (filler arrays) that the heap figures count as used, up to 25 MiB more in one reading
        // than in the next.
        // The reference view (one line of text) is added for this run only: every step's p95 is printed against it.
        System.setProperty("billing.app.jvm", System.getProperty("billing.app.jvm",
                "-Xms1g -Xmx1g -Xmn512m -XX:+UseSerialGC -XX:MarkSweepDeadRatio=0") + " -Dbilling.load-reference-view=true");
        ProductionApp app = ProductionApp.get();
        int added = LoadPeople.ensure(Math.max(USERS, Math.max(WARMUP_USERS, SignInCapacity.BURST)), TENANTS);
        System.out.printf(Locale.ROOT, "%d people added to the demo accounts for this benchmark%n", added);
        LoadBenchmark bench = new LoadBenchmark(app);
        System.out.printf(Locale.ROOT, "Load benchmark: %d users arriving within %d s, %d rounds, think %d ms, app pid %s on port %d,"
                + " %d cores%n", USERS, RAMP_SECONDS, ROUNDS, THINK, app.pid(), app.port(), Runtime.getRuntime().availableProcessors());

        SignInCapacity capacity = SignInCapacity.measure(bench::signInAtOnce);
        Run small = bench.measure("tables as the demo data left them");
        capacity.print();
        if (HISTORY > 0) {
            long started = System.nanoTime();
            long written = LargeHistory.add(HISTORY);
            System.out.printf(Locale.ROOT, "%nAdded %,d journal transactions (%,d per wallet, %,d entries) in %.0f s%n", written, HISTORY,
                    2 * written, (System.nanoTime() - started) / 1e9);
            Run large = bench.measure("with " + String.format(Locale.ROOT, "%,d", HISTORY) + " more journal transactions per wallet");
            printSideBySide(small, large);
        }
        System.exit(0);
    }

    /** What one measured run gave: p95 per step, and the heap per session. */
    private record Run(Map<String, Double> p95, double heapPerSessionKb) {
    }

    /**
     * Warms up with {@link #WARMUP_USERS} people who sign out again, then runs all of them, prints their figures, the CPU
     * and the heap, and signs them out.
     */
    private Run measure(String title) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %s%n", title);
        List<VaadinHttpSession> warm = runPeople(Math.min(USERS, WARMUP_USERS), RAMP_SECONDS / 3);
        signOut(warm);
        timings.clear();
        errors.clear();
        long baseline = liveHeapKb();
        Map<String, long[]> baselineClasses = HISTOGRAM ? classHistogram() : Map.of();

        long started = System.nanoTime();
        double appCpu = appCpuSeconds();
        double ownCpu = ownCpuSeconds();
        List<VaadinHttpSession> sessions = runPeople(USERS, RAMP_SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        appCpu = appCpuSeconds() - appCpu;
        ownCpu = ownCpuSeconds() - ownCpu;
        long withSessions = liveHeapKb();
        Map<String, long[]> sessionClasses = HISTOGRAM ? classHistogram() : Map.of();
        if (System.getProperty("bench.heapDump") != null) {
            jcmd("GC.heap_dump", Path.of(System.getProperty("bench.heapDump")).toAbsolutePath().toString());
        }
        signOut(sessions);
        long after = liveHeapKb();

        Map<String, Double> p95 = print(seconds);
        long requests = timings.values().stream().mapToLong(java.util.Collection::size).sum();
        System.out.printf(Locale.ROOT, "CPU: app %.1f s (%.2f cores, %.1f ms per request), simulated browsers %.1f s (%.2f cores)%n",
                appCpu, appCpu / seconds, 1e3 * appCpu / Math.max(1, requests), ownCpu, ownCpu / seconds);
        double perSession = (withSessions - baseline) / (double) Math.max(1, sessions.size());
        System.out.printf(Locale.ROOT, "%nHeap after full GC: baseline %,d KB; with %d sessions %,d KB (%.1f KB per session); after sign-out %,d KB (%+,d KB from baseline)%n",
                baseline, sessions.size(), withSessions, perSession, after, after - baseline);
        if (HISTOGRAM) {
            printGrowth("Live bytes and objects per session by class (top " + HISTOGRAM_ROWS + " of the growth from baseline)", baselineClasses, sessionClasses, sessions.size());
            printGrowth("Live bytes and objects left after sign-out, per session, by class (top " + HISTOGRAM_ROWS + ")", baselineClasses, classHistogram(), sessions.size());
        }
        return new Run(p95, perSession);
    }

    /** The two runs' p95 per step and heap per session, with the ratio large / small. */
    private static void printSideBySide(Run small, Run large) {
        System.out.printf(Locale.ROOT, "%nSmall tables against large, p95 ms:%n%-20s %10s %10s %7s%n", "step", "small", "large", "ratio");
        small.p95().forEach((step, before) -> {
            double with = large.p95().getOrDefault(step, Double.NaN);
            System.out.printf(Locale.ROOT, "%-20s %10.1f %10.1f %6.2fx%n", step, before, with, with / before);
        });
        System.out.printf(Locale.ROOT, "%-20s %10.1f %10.1f %6.2fx%n", "heap/session KB", small.heapPerSessionKb(), large.heapPerSessionKb(),
                large.heapPerSessionKb() / small.heapPerSessionKb());
    }

    /** Runs the people at once; returns their sessions, still signed in. */
    private List<VaadinHttpSession> runPeople(int count, int rampSeconds) throws Exception {
        List<VaadinHttpSession> sessions = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                long arrival = rampSeconds == 0 ? 0 : ThreadLocalRandom.current().nextLong(rampSeconds * 1000L);
                done.add(people.submit(() -> {
                    Thread.sleep(arrival);
                    VaadinHttpSession session = person(n);
                    if (session != null) {
                        sessions.add(session);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return sessions;
    }

    /** Simulated person n: their own e-mail and, as people at their own desks, their own address. */
    private VaadinHttpSession session(int n) {
        return new VaadinHttpSession(http, TENANTS.get(n % TENANTS.size()), app.port())
                .comingFrom("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    private VaadinHttpSession person(int n) {
        String tenant = TENANTS.get(n % TENANTS.size());
        String who = LoadPeople.email(n);
        String bills = CONTRACT_ONLY.contains(tenant) ? "enterprise/invoices" : "bills";
        String billsGrid = CONTRACT_ONLY.contains(tenant) ? "invoices-grid" : "bills-grid";
        VaadinHttpSession session = session(n);
        think();
        if (!step(session, "sign-in page", () -> session.open("login") == 200)) {
            return null;
        }
        if (!step(session, "sign-in (POST)", () -> session.signIn(who, ProductionApp.DEMO_PASSWORD))) {
            return null;
        }
        think();
        step(session, "dashboard", () -> session.open("") == 200 && session.lastBody().contains("spend-chart"));
        for (int round = 0; round < ROUNDS; round++) {
            think();
            step(session, "wallet", () -> session.navigate("wallet") == 200 && session.lastBody().contains("wallet-cash"));
            think();
            step(session, "bills", () -> session.navigate(bills) == 200 && session.lastBody().contains(billsGrid));
            think();
            step(session, "back to dashboard", () -> session.navigate("") == 200 && session.lastBody().contains("spend-chart"));
            think();
            step(session, REFERENCE, () -> session.navigate("reference") == 200 && session.lastBody().contains("reference-view"));
        }
        return session;
    }

    /**
     * {@code count} people who press Enter on the sign-in form at the same moment (their sign-in pages already
     * open); returns the seconds from the first POST to the last answer. They are signed out again.
     */
    private SignInCapacity.Burst.Result signInAtOnce(int count) throws Exception {
        List<VaadinHttpSession> sessions = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            VaadinHttpSession session = session(n);
            session.recordTo(nanos -> { });
            session.open("login");
            sessions.add(session);
        }
        AtomicInteger signedIn = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < count; n++) {
                VaadinHttpSession session = sessions.get(n);
                String who = LoadPeople.email(n);
                pool.submit(() -> session.signIn(who, ProductionApp.DEMO_PASSWORD) && signedIn.incrementAndGet() > 0);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        signOut(sessions);
        return new SignInCapacity.Burst.Result(signedIn.get(), seconds);
    }

    private interface Action {
        boolean run() throws IOException, InterruptedException;
    }

    private boolean step(VaadinHttpSession session, String name, Action action) {
        ConcurrentLinkedQueue<Long> times = timings.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>());
        session.recordTo(times::add);
        try {
            if (action.run()) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // counted below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        errors.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
        return false;
    }

    private void signOut(List<VaadinHttpSession> sessions) throws Exception {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VaadinHttpSession session : sessions) {
                pool.submit(() -> {
                    session.recordTo(nanos -> { });
                    session.signOut();
                    return null;
                });
            }
        }
    }

    private static void think() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(THINK / 2, THINK * 3 / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Live instances and bytes per class in the app's heap (the heap was just collected by {@link #liveHeapKb}). */
    private Map<String, long[]> classHistogram() throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.find()) {
                classes.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return classes;
    }

    /** The classes whose live bytes grew most from the baseline to N open sessions, per session. */
    private static void printGrowth(String title, Map<String, long[]> before, Map<String, long[]> with, int sessions) {
        System.out.printf(Locale.ROOT, "%n%s:%n", title);
        int n = Math.max(1, sessions);
        with.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(HISTOGRAM_ROWS)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %8.1f KB %8.1f objects  %s%n", e.getValue()[1] / 1024.0 / n,
                        e.getValue()[0] / (double) n, e.getKey()));
    }

    /** Runs a diagnostic command in the app's JVM and returns what it printed. */
    private String jcmd(String... command) throws IOException, InterruptedException {
        long pid = app.pid().orElseThrow(() -> new IllegalStateException("heap figures need the app started by the benchmark"));
        List<String> line = new ArrayList<>(List.of(
                Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        return run(line.toArray(String[]::new));
    }

    /** CPU seconds the app's process has used so far (user and system, from /proc). */
    private double appCpuSeconds() throws IOException {
        long pid = app.pid().orElseThrow(() -> new IllegalStateException("CPU figures need the app started by the benchmark"));
        String[] stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat")).replaceFirst(".*\\) ", "").split(" ");
        return (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
    }

    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Live heap of the app after a full GC, in KB. */
    private long liveHeapKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        // The Java heap: G1 prints one line for it, SerialGC one per generation ("DefNew"/"Tenured",
        // "… generation" before JDK 22); not Metaspace.
        long kb = 0;
        for (String line : info.split("\n")) {
            Matcher used = USED.matcher(line);
            if (GENERATION.matcher(line).find() && used.find()) {
                kb += Long.parseLong(used.group(1));
            }
        }
        return kb;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    /** Prints the figures per step; returns each step's p95 in ms. */
    private Map<String, Double> print(double seconds) {
        Map<String, Double> p95 = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%n%-20s %8s %8s %8s %8s %8s %7s%n", "step", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        long total = 0;
        synchronized (timings) {
            for (var entry : timings.entrySet()) {
                List<Long> sorted = new ArrayList<>(entry.getValue());
                Collections.sort(sorted);
                total += sorted.size();
                p95.put(entry.getKey(), pct(sorted, 95));
                System.out.printf(Locale.ROOT, "%-20s %8d %8.1f %8.1f %8.1f %8.1f %7d%n", entry.getKey(), sorted.size(), pct(sorted, 50),
                        pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6,
                        errors.getOrDefault(entry.getKey(), new AtomicInteger()).get());
            }
        }
        System.out.printf(Locale.ROOT, "%d requests in %.1f s (%.0f/s)%n", total, seconds, total / seconds);
        double reference = p95.getOrDefault(REFERENCE, Double.NaN);
        System.out.printf(Locale.ROOT, "%nEach step's p95 against the reference view's (%.1f ms; target: 2x or less but the sign-in POST):%n", reference);
        p95.forEach((step, ms) -> System.out.printf(Locale.ROOT, "  %-20s %6.2fx%n", step, ms / reference));
        return p95;
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
