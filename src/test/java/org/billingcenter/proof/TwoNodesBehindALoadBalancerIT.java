package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.StripeSigning;
import org.billingcenter.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the packaged app on one database behind HAProxy, configured by the repository's
 * {@code deploy/haproxy.cfg}. People reach the portal through the balancer and land on both nodes;
 * an operator on each node starts the same billing day and month at the moment the billing job's
 * lock is let go (both nodes' schedules try it every 2 seconds), and every account is charged once
 * per item and has one bill; a node is
 * killed and its people, sent to the other node, sign in again and find their recharges and
 * tickets; the audit chain both nodes sealed verifies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBehindALoadBalancerIT {

    private static final String INTL = "lumen-intl";
    private static final ZoneId INTL_ZONE = ZoneId.of("America/Los_Angeles");
    private static final String PASSWORD = "correct horse battery";
    private static final String USAGE_KEY = "demo-usage-key-lumen-intl";
    /** The billing job's own lock, as if a third node held it: the schedule of both nodes waits until the test lets go. */
    private static final String SCHEDULE_LOCK = "billing-runs";
    private static final String DATABASE = TestDatabase.databaseName() + "_nodes";
    /** Wrong passwords one key may try before each further attempt must wait (the sign-in throttle's). */
    private static final int FREE_ATTEMPTS = 5;
    private static final String THROTTLED = "Too many failed attempts";
    private static final String INCORRECT = "Incorrect e-mail or password";
    private static ProductionApp node1;
    private static ProductionApp node2;
    private static LoadBalancer balancer;
    private static ProductionApp portal;
    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void twoNodesAndTheBalancer() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(LoadBalancer.HAPROXY), "HAProxy is not installed at " + LoadBalancer.HAPROXY
                + " (apt-get install haproxy): the two-node journey is skipped");
        Assumptions.assumeFalse(Boolean.getBoolean("billing.browser.skip"), "browser journeys skipped (-Dbilling.browser.skip=true)");
        if (!Files.isExecutable(Browser.CHROMIUM) || !Files.isExecutable(Browser.DRIVER)) {
            throw new IllegalStateException("The browser journeys need Chromium and its driver at " + Browser.CHROMIUM + " and "
                    + Browser.DRIVER + ": install them with `apt-get install chromium chromium-driver`");
        }
        List<String> settings = List.of("--billing.bill-run.job-cron=*/2 * * * * *", "--billing.audit.seal-interval=PT2S");
        // Started side by side; the demo people are seeded once, by whichever node takes the seeding lock first.
        // A database of their own: the suite's other journeys' node would otherwise rate the days this proof bills.
        try (Connection server = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                var statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> environment = Map.of("BILLING_DRAIN", "PT3S", "BILLING_USAGE_KEY_LUMEN_INTL", USAGE_KEY, "DB_NAME", DATABASE);
        node1 = ProductionApp.launch("node-1", environment, settings);
        node2 = ProductionApp.launch("node-2", environment, settings);
        holdTheSchedule();
        node1.awaitReady();
        node2.awaitReady();
        balancer = LoadBalancer.inFrontOf(node1, node2);
        portal = ProductionApp.behindBalancer(balancer.port());
        awaitAnswer(portal.port());
    }

    @AfterAll
    static void stop() throws SQLException {
        if (balancer != null) {
            balancer.close();
        }
        for (ProductionApp node : new ProductionApp[] {node1, node2}) {
            if (node != null && node.isAlive()) {
                node.kill();
            }
        }
        try (Connection server = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
                var statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    /**
     * An attacker's guesses at one person's password, sent at once from many addresses and spread by
     * the balancer over both nodes, get the tries one node allows and no more; so do one address's
     * guesses at many people, half on each node. The counts are the database's, so no node gives
     * fresh tries.
     */
    @Test
    @Order(1)
    void wrongPasswordsSpreadOverBothNodesGetNoMoreTriesThanOneNodeAllows() throws Exception {
        String victim = signUp(browser(portal), "Vera Node");
        // Documentation addresses (2001:db8::/32) of this run only: the suite's other journeys share the database.
        String network = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + "::";
        List<Attempt> atOnePerson = new ArrayList<>();
        for (int i = 0; i < 4 * FREE_ATTEMPTS; i++) {
            atOnePerson.add(new Attempt(portal, victim, "guess " + i, network + (i + 1)));
        }
        Burst burst = burst(atOnePerson);
        assertThat(burst.guesses().stream().map(Guess::node).distinct()).as("the balancer spread the guesses")
                .containsExactlyInAnyOrder("app1", "app2");
        assertThat(burst.checked()).as("passwords actually checked, over both nodes, in %s", burst.took())
                .isBetween((long) FREE_ATTEMPTS, oneNodeAllows(burst.took()));

        List<Attempt> fromOneAddress = new ArrayList<>();
        for (int i = 0; i < 2 * FREE_ATTEMPTS; i++) {
            fromOneAddress.add(new Attempt(i % 2 == 0 ? node1 : node2, "nobody-" + UUID.randomUUID() + "@example.com", "guess",
                    network + "ffff"));
        }
        burst = burst(fromOneAddress);
        assertThat(burst.checked()).as("one address's guesses checked, over both nodes, in %s", burst.took())
                .isBetween((long) FREE_ATTEMPTS, oneNodeAllows(burst.took()));
    }

    /** A wrong password for an e-mail, sent to a node (or the balancer) from a client address. */
    private record Attempt(ProductionApp app, String email, String password, String address) {
    }

    /** What the sign-in page said after one attempt, on which node: checked (and refused), or throttled. */
    private record Guess(String node, boolean checked) {
    }

    /** The guesses of a burst and how long it took from the first post to the last answer. */
    private record Burst(List<Guess> guesses, Duration took) {

        long checked() {
            return guesses.stream().filter(Guess::checked).count();
        }
    }

    /**
     * How many passwords one node checks for one key in a burst that lasts {@code took}: the free
     * attempts, then one more after each wait (2 s, doubling) that fits in the burst.
     */
    private static long oneNodeAllows(Duration took) {
        long tries = FREE_ATTEMPTS;
        long waited = 0;
        for (long wait = 2; waited + wait <= took.toSeconds() + 1; wait *= 2) {
            waited += wait;
            tries++;
        }
        return tries;
    }

    /**
     * Every attempt's client opens the sign-in page first; then all post their password at the same
     * moment, and each reads the sign-in page it is sent back to.
     */
    private static Burst burst(List<Attempt> attempts) throws Exception {
        try (ExecutorService clients = Executors.newFixedThreadPool(attempts.size())) {
            List<VaadinHttpSession> sessions = new ArrayList<>();
            for (Future<VaadinHttpSession> opened : clients.invokeAll(attempts.stream().map(attempt -> (Callable<VaadinHttpSession>) () -> {
                VaadinHttpSession session = new VaadinHttpSession(null, INTL, attempt.app().port()).comingFrom(attempt.address());
                session.open("login");
                return session;
            }).toList())) {
                sessions.add(opened.get());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> posts = new ArrayList<>();
            for (int i = 0; i < attempts.size(); i++) {
                Attempt attempt = attempts.get(i);
                VaadinHttpSession session = sessions.get(i);
                posts.add(clients.submit(() -> {
                    go.await();
                    return session.signIn(attempt.email(), attempt.password());
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (Future<Boolean> post : posts) {
                assertThat(post.get()).as("a wrong password is refused").isFalse();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("%d wrong passwords posted at once, answered within %s%n", attempts.size(), took);
            List<Guess> guesses = new ArrayList<>();
            for (VaadinHttpSession session : sessions) {
                session.open("login", "error");
                String page = session.lastBody();
                boolean throttled = page.contains(THROTTLED);
                assertThat(throttled || page.contains(INCORRECT)).as("the sign-in page says why: %s", page).isTrue();
                guesses.add(new Guess(session.cookie("BCNODE"), !throttled));
            }
            return new Burst(guesses, took);
        }
    }

    @Test
    @Order(2)
    void peopleOnTwoNodesBillOnceAndContinueWhenTheirNodeDies() throws Exception {
        LocalDate yesterday = LocalDate.now(INTL_ZONE).minusDays(1);
        YearMonth month = YearMonth.now(INTL_ZONE).minusMonths(2);
        assertThat(sendUsage(yesterday)).as("usage kept for yesterday (not rated yet: the schedule waits)").isPositive();
        assertThat(sendUsage(month.atDay(10))).as("usage kept for a day of the month").isPositive();

        // People come in through the balancer and land on both nodes.
        Browser rita = browser(portal);
        String ritaEmail = signUp(rita, "Rita Node");
        Browser tom = browser(portal);
        String node = rita.cookie("BCNODE");
        assertThat(node).isIn("app1", "app2");
        for (int tries = 0; tries < 8 && (tom.cookie("BCNODE") == null || node.equals(tom.cookie("BCNODE"))); tries++) {
            tom.deleteCookies();
            tom.open(INTL, "login");
        }
        String tomEmail = signUp(tom, "Tom Node");
        assertThat(tom.cookie("BCNODE")).as("the second person is on the other node").isNotEqualTo(rita.cookie("BCNODE"));

        String ritaTicket = rechargeAndOpenATicket(rita);
        String tomTicket = rechargeAndOpenATicket(tom);

        // An operator on each node starts the same day and month as the schedule fires on both.
        Browser operator1 = operatorAt(node1, yesterday, month);
        Browser operator2 = operatorAt(node2, yesterday, month);
        releaseTheSchedule();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> startRuns(operator1));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> startRuns(operator2));
        first.join();
        second.join();
        awaitDone("DAY", yesterday.toString());
        awaitDone("MONTH", month.toString());
        awaitScheduleRan();
        awaitNoRunGoingOn();

        try (Connection db = database()) {
            assertThat(rows(db, "SELECT account_id, description, COUNT(*) FROM journal_transaction WHERE tenant_id = ? AND kind = 'CHARGE'"
                    + " GROUP BY account_id, description HAVING COUNT(*) > 1", INTL)).as("no account charged twice for an item and day").isEmpty();
            long lines = count(db, "SELECT COUNT(*) FROM consumption_line WHERE tenant_id = ? AND usage_day = ? AND settlement = 'WALLET'",
                    INTL, yesterday);
            // A wallet charge's description is kept as a message ending with its day; cloud-settled usage is charged apart.
            long charges = count(db, "SELECT COUNT(*) FROM journal_transaction WHERE tenant_id = ? AND kind = 'CHARGE' AND description LIKE ?"
                    + " AND description NOT LIKE '%usageCloudSettled%'", INTL, "%" + yesterday);
            assertThat(lines).isPositive();
            assertThat(charges).as("one charge per account and item of the day").isEqualTo(
                    count(db, "SELECT COUNT(*) FROM (SELECT DISTINCT account_id, item_code FROM consumption_line WHERE tenant_id = ?"
                            + " AND usage_day = ? AND settlement = 'WALLET') t", INTL, yesterday));
            assertThat(rows(db, "SELECT account_id FROM bill WHERE tenant_id = ? AND period = ? GROUP BY account_id HAVING COUNT(*) > 1",
                    INTL, month.toString())).as("one bill per account").isEmpty();
            assertThat(count(db, "SELECT COUNT(*) FROM bill WHERE tenant_id = ? AND period = ?", INTL, month.toString()))
                    .isEqualTo(count(db, "SELECT COUNT(DISTINCT account_id) FROM consumption_line WHERE tenant_id = ? AND usage_day BETWEEN ? AND ?",
                            INTL, month.atDay(1), month.atEndOfMonth()));
        }

        // Rita's node dies mid-journey; she is sent to the live node, signs in again and finds what she did.
        ProductionApp ritasNode = "app1".equals(rita.cookie("BCNODE")) ? node1 : node2;
        ritasNode.kill();
        rita.open(INTL, "wallet");
        rita.waitUntil(d -> d.getCurrentUrl().contains("/login") ? true : null);
        rita.signIn(INTL, ritaEmail, PASSWORD);
        assertThat(rita.cookie("BCNODE")).as("now on the live node").isNotEqualTo(ritasNode == node1 ? "app1" : "app2");
        rita.open(INTL, "wallet");
        assertThat(rita.text("wallet-cash")).isEqualTo("$25.00");
        rita.open(INTL, "support");
        rita.waitUntil(d -> rita.gridCells("tickets-grid").contains(ritaTicket) ? true : null);

        // Tom, on the live node all along, goes on without signing in again.
        tom.open(INTL, "support");
        assertThat(tom.currentUrl()).doesNotContain("/login");
        tom.waitUntil(d -> tom.gridCells("tickets-grid").contains(tomTicket) ? true : null);
        assertThat(tomEmail).isNotBlank();

        // The history both nodes sealed verifies.
        Browser auditor = browser(portal).signIn(INTL, "auditor@demo.example", ProductionApp.DEMO_PASSWORD);
        auditor.open(INTL, "history");
        press(auditor, "history-verify");
        // The check runs in the background; an account's auditor is told about their account's changes only.
        assertThat(auditor.waitForText("history-verify-result", text -> !text.isBlank() && !text.startsWith("Checking")))
                .contains("changes to your account are confirmed as they were recorded");
    }

    private Browser browser(ProductionApp app) {
        Browser browser = new Browser(app);
        browsers.add(browser);
        return browser;
    }

    private static String signUp(Browser browser, String name) {
        String email = "node-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.open(INTL, "signup")
                .type("enterprise-name", name + " Ltd")
                .type("display-name", name)
                .type("email", email)
                .type("password", PASSWORD)
                .type("confirm-password", PASSWORD)
                .click("create-account");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login") ? true : null);
        // Confirmed from the e-mailed link (read from the outbox both nodes share), as recharging asks.
        browser.open(INTL, confirmationLinkSentTo(email)).click("confirm-email");
        browser.element("email-confirmed");
        browser.signIn(INTL, email, PASSWORD);
        return email;
    }

    /**
     * Recharges $25 by card at Stripe (the local stub's checkout page); Stripe's signed notice goes
     * through the balancer to whichever node it lands on. Opens a ticket; returns its subject.
     */
    private static String rechargeAndOpenATicket(Browser person) throws Exception {
        person.open(INTL, "wallet").click("open-recharge").type("recharge-amount", "25").click("recharge-continue");
        person.click("recharge-confirm");
        person.waitUntil(d -> d.getCurrentUrl().contains("/checkout/cs_test_stub") ? true : null);
        String session = person.currentUrl().substring(person.currentUrl().lastIndexOf('/') + 1);
        String reference = PaymentProviderStub.get().stripeSession(session).get("client_reference_id");
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 2500, "usd", "paid");
        HttpResponse<String> notice = VaadinHttpSession.newClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + portal.port() + "/api/payments/stripe/webhook"))
                .header("Host", INTL + ".localhost:" + portal.port()).header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeSigning.signature(event))
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notice.statusCode()).as("Stripe's notice taken by a node").isEqualTo(200);
        person.open(INTL, "wallet");
        assertThat(CustomerJourneysIT.reloadUntil(person, "wallet-cash", "$25.00")).isEqualTo("$25.00");
        String subject = "Node ticket " + UUID.randomUUID().toString().substring(0, 6);
        person.open(INTL, "support").click("new-ticket").selectFirst("ticket-type")
                .type("ticket-subject", subject)
                .type("ticket-details", "Opened before the node went away.")
                .click("ticket-submit");
        person.waitUntil(d -> CustomerJourneysIT.pageText(person).contains(subject) ? true : null);
        return subject;
    }

    private Browser operatorAt(ProductionApp node, LocalDate day, YearMonth month) {
        Browser operator = browser(node).signIn(INTL, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        operator.open(INTL, "operator/billing")
                .typeAndEnter("runs-day", day.format(DateTimeFormatter.ofPattern("M/d/yyyy")))
                .typeAndEnter("runs-month", month.toString());
        return operator;
    }

    private static void startRuns(Browser operator) {
        press(operator, "runs-run-day");
        confirm(operator);
        press(operator, "runs-run-month");
        confirm(operator);
    }

    /** Clicks a button even while something drawn over it (a field's drop-down, the page's bottom edge) hides it. */
    private static void press(Browser person, String id) {
        person.js("arguments[0].click()", person.element(id));
        person.settle();
    }

    private static void confirm(Browser operator) {
        operator.waitUntil(d -> operator.js("for (const dialog of [...document.querySelectorAll('vaadin-confirm-dialog')].reverse()) {"
                + " const button = dialog.querySelector('[slot=\"confirm-button\"]');"
                + " if (dialog.opened && button) { button.click(); return true; }"
                + " if (dialog.opened) { dialog.dispatchEvent(new CustomEvent('confirm')); dialog.opened = false; return true; } }"
                + " return null;"));
        operator.settle();
    }

    /** Keeps usage for every demo workspace of the tenant on the day, item by item (items a site does not sell are refused). */
    private static int sendUsage(LocalDate day) throws Exception {
        HttpClient http = VaadinHttpSession.newClient();
        List<Long> workspaces = new ArrayList<>();
        try (Connection db = database()) {
            for (Object[] row : rows(db, "SELECT id FROM workspace WHERE tenant_id = ?", INTL)) {
                workspaces.add(((Number) row[0]).longValue());
            }
        }
        Instant hour = day.atTime(10, 0).atZone(INTL_ZONE).toInstant();
        int kept = 0;
        for (long workspace : workspaces) {
            for (String item : List.of("HOSTS", "SMS", "LOGS")) {
                String body = "{\"records\":[{\"sourceId\":\"node-" + UUID.randomUUID() + "\",\"workspaceId\":" + workspace
                        + ",\"itemCode\":\"" + item + "\",\"hour\":\"" + hour + "\",\"quantity\":7}]}";
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node1.port() + "/api/usage"))
                        .header("Host", INTL + ".localhost:" + node1.port()).header("X-Api-Key", USAGE_KEY)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                kept += response.statusCode() == 200 ? 1 : 0;
            }
        }
        return kept;
    }

    private static void awaitDone(String kind, String period) throws SQLException {
        for (int i = 0; i < 600; i++) {
            try (Connection db = database()) {
                if (count(db, "SELECT COUNT(*) FROM billing_run WHERE tenant_id = ? AND kind = ? AND period = ? AND status = 'DONE'",
                        INTL, kind, period) == 1) {
                    return;
                }
            }
            ProductionApp.sleep(500);
        }
        throw new AssertionError(kind + " " + period + " was not done within five minutes");
    }

    /** The schedule's run and the later starts find the work done; wait for them to let go of the tenant's lock. */
    private static void awaitNoRunGoingOn() throws SQLException {
        for (int i = 0; i < 600; i++) {
            try (Connection db = database()) {
                if (count(db, "SELECT COUNT(*) FROM billing_run WHERE tenant_id = ? AND status = 'RUNNING'", INTL) == 0
                        && count(db, "SELECT COUNT(*) FROM shedlock WHERE name LIKE 'billing:%' AND lock_until > UTC_TIMESTAMP(3)") == 0) {
                    return;
                }
            }
            ProductionApp.sleep(500);
        }
        throw new AssertionError("billing runs were still going on five minutes later");
    }

    /**
     * Takes the billing job's lock for the nodes as soon as their migrations made its table, before
     * their schedulers start: yesterday must not be rated (and closed to usage) before the test sent it.
     */
    private static void holdTheSchedule() {
        for (int i = 0; i < 4800; i++) {
            try (Connection db = database()) {
                if (count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'shedlock'") == 1) {
                    try (var hold = db.prepareStatement("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                            + " VALUES (?, UTC_TIMESTAMP(3) + INTERVAL 1 DAY, UTC_TIMESTAMP(3), 'the test')"
                            + " ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until), locked_by = VALUES(locked_by)")) {
                        hold.setString(1, SCHEDULE_LOCK);
                        hold.executeUpdate();
                    }
                    if (!db.getAutoCommit()) {
                        db.commit();
                    }
                    return;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            ProductionApp.sleep(100);
        }
        throw new IllegalStateException("The nodes did not create their tables within eight minutes");
    }

    private static void releaseTheSchedule() throws SQLException {
        try (Connection db = database(); var release = db.prepareStatement("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) WHERE name = ?")) {
            release.setString(1, SCHEDULE_LOCK);
            release.executeUpdate();
        }
    }

    /** One of the nodes' schedulers took the job's lock after the test let it go (within its 2-second ticks). */
    private static void awaitScheduleRan() throws SQLException {
        for (int i = 0; i < 360; i++) {
            try (Connection db = database()) {
                if (count(db, "SELECT COUNT(*) FROM shedlock WHERE name = ? AND locked_by <> 'the test'", SCHEDULE_LOCK) == 1) {
                    return;
                }
            }
            ProductionApp.sleep(500);
        }
        throw new AssertionError("neither node's schedule ran the billing job within three minutes of its lock being free");
    }

    private static void awaitAnswer(int port) {
        HttpClient http = VaadinHttpSession.newClient();
        for (int i = 0; i < 120; i++) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Host", INTL + ".localhost:" + port).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            ProductionApp.sleep(500);
        }
        throw new IllegalStateException("The load balancer did not answer; see target/haproxy.log");
    }

    private static Connection database() throws SQLException {
        String url = TestDatabase.url().replace("/" + TestDatabase.databaseName() + "?", "/" + DATABASE + "?");
        return DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
    }

    /** The path of the confirmation link e-mailed to the address (read from the nodes' outbox, as their mail sender would). */
    private static String confirmationLinkSentTo(String email) {
        Pattern link = Pattern.compile("https?://" + Pattern.quote(INTL) + "\\.[^/\\s]+/(confirm-email/[A-Za-z0-9_-]+)");
        try (Connection db = database()) {
            for (Object[] message : rows(db, "SELECT subject, body FROM outbox_message WHERE tenant_id = ? AND recipient = ? ORDER BY id DESC",
                    INTL, email)) {
                Matcher found = link.matcher(message[0] + "\n" + message[1]);
                if (found.find()) {
                    return found.group(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("No confirmation link was sent to " + email);
    }

    private static long count(Connection db, String sql, Object... args) throws SQLException {
        return ((Number) rows(db, sql, args).getFirst()[0]).longValue();
    }

    private static List<Object[]> rows(Connection db, String sql, Object... args) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
