package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.SignUp;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.DatabaseProxy;
import org.billingcenter.support.MutableClock;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.LedgerCheckService;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away in the middle of billing runs. The daily run charges its accounts in
 * wallet transactions of three; the connection is cut before the third one commits, with two
 * committed. The monthly run loses the connection before its bills commit. After the database is
 * back, starting the runs again finishes them: every account is charged exactly once, its cash
 * is what it had less its consumption, the books agree, and each account has one bill that adds up.
 * <p>
 * Runs in a context (and JVM) of its own, whose pool reaches MariaDB through a {@link DatabaseProxy}.
 */
@Tag("own-context")
@SpringBootTest(properties = {"billing.demo-data.enabled=false", "billing.wallet.expiry-cron=-",
        // Its people sign up from one client within a second; the sending limits are proven elsewhere.
        "billing.account.per-client-per-hour=1000", "billing.bill-run.job-cron=-",
        "billing.bill-run.charge-batch=3",
        // The cut run's lock cannot be let go while the database is away; it lapses after this instead of minutes.
        "billing.cluster.lock-held-at-most=PT30S",
        "spring.datasource.hikari.connection-timeout=1500", "spring.datasource.hikari.validation-timeout=1000"})
@Import(BillRunSurvivesALostDatabaseTest.Clock.class)
class BillRunSurvivesALostDatabaseTest {

    static final String TENANT = "lumen-intl";
    static final int ACCOUNTS = 12;
    /** Months no other test bills: billing runs are per tenant. */
    static final LocalDate DAY = LocalDate.of(2029, 1, 18);
    static final YearMonth MONTH = YearMonth.of(2029, 1);
    static DatabaseProxy proxy;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2029-01-20T12:00:00Z"));
        }
    }

    @Autowired
    AccountService accounts;
    @Autowired
    WalletService wallet;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    BillingRunService runs;
    @Autowired
    LedgerCheckService ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry registry) {
        proxy = DatabaseProxy.inFrontOfTestDatabase(registry);
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @Test
    void cutRunsResumeWithoutLosingOrDoublingMoney() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            ids.add(accountWithUsage(i));
        }

        // The daily run: two wallet transactions of three charges commit, the third loses its COMMIT.
        proxy.cutBeforeCommitAfter("insert into journal_transaction", 2);
        assertThatThrownBy(() -> operator(() -> runs.runDay(DAY)).join()).isInstanceOf(CompletionException.class);
        assertThat(proxy.cuts()).isEqualTo(1);
        proxy.restore(dataSource);
        assertThat(ids.stream().mapToLong(this::charges).sum()).as("the two committed batches, nothing of the third").isEqualTo(6);
        ids.forEach(id -> assertThat(consistent(id)).isTrue());

        assertThat(operator(() -> runs.runDay(DAY)).join()).as("the day resumes").isTrue();
        assertThat(operator(() -> runs.run(RunLog.DAY, DAY.toString())).orElseThrow().finished()).isTrue();
        for (long id : ids) {
            assertThat(charges(id)).as("account %s charged once per item", id).isEqualTo(2);
            assertThat(cash(id)).isEqualByComparingTo(new BigDecimal("100.00").subtract(consumption(id)));
            assertThat(consistent(id)).isTrue();
        }
        assertThat(operator(() -> runs.runDay(DAY)).join()).as("a done day is not repeated").isFalse();

        // The monthly run: its bills never commit; the second run issues each exactly once.
        clock.set(Instant.parse("2029-02-05T12:00:00Z"));
        proxy.cutBeforeCommitAfter("insert ignore into bill (");
        assertThatThrownBy(() -> operator(() -> runs.runMonth(MONTH)).join()).isInstanceOf(CompletionException.class);
        assertThat(proxy.cuts()).isEqualTo(2);
        proxy.restore(dataSource);
        assertThat(bills(ids)).isZero();
        assertThat(operator(() -> runs.runMonth(MONTH)).join()).isTrue();
        assertThat(operator(() -> runs.runMonth(MONTH)).join()).isFalse();
        assertThat(bills(ids)).isEqualTo(ACCOUNTS);
        for (long id : ids) {
            BigDecimal total = jdbc.queryForObject("SELECT total FROM bill WHERE tenant_id = ? AND account_id = ? AND period = ?",
                    BigDecimal.class, TENANT, id, MONTH.toString());
            assertThat(total).isEqualByComparingTo(consumption(id));
            assertThat(cash(id)).isEqualByComparingTo(new BigDecimal("100.00").subtract(consumption(id)));
        }
    }

    private long accountWithUsage(int n) {
        String email = "billcut-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        SignedInUser owner = TenantContext.callAs(TENANT, () -> {
            accounts.signUp(new SignUp(email, "correct horse battery", "Cut Owner", AccountKind.STANDARD, "Cut Co " + n));
            return accounts.findSignIn(email).orElseThrow().user();
        });
        long account = SystemIdentity.callAs(owner, () -> accounts.myAccount().id());
        SystemIdentity.runAsOperator(TENANT, () -> wallet.grantCredit(account, Money.of("100.00", "USD"), "funds",
                UUID.randomUUID().toString()));
        long workspace = SystemIdentity.callAs(owner, () -> workspaces.bind(new NewWorkspace("ws-" + n, "us-west-1", null))).id();
        SystemIdentity.runAsOperator(TENANT, () -> usage.ingest(List.of(
                new UsageRecord(UUID.randomUUID().toString(), workspace, "HOSTS", Instant.parse("2029-01-18T10:00:00Z"),
                        BigDecimal.valueOf(5 + n)),
                new UsageRecord(UUID.randomUUID().toString(), workspace, "SMS", Instant.parse("2029-01-18T11:00:00Z"),
                        BigDecimal.valueOf(100)))));
        return account;
    }

    private static <T> T operator(java.util.function.Supplier<T> work) {
        return SystemIdentity.callAsOperator(TENANT, work);
    }

    private long charges(long account) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM journal_transaction WHERE tenant_id = ? AND account_id = ? AND kind = 'CHARGE'",
                Long.class, TENANT, account);
    }

    private BigDecimal consumption(long account) {
        return jdbc.queryForObject("SELECT SUM(amount) FROM consumption_line WHERE tenant_id = ? AND account_id = ? AND usage_day = ?",
                BigDecimal.class, TENANT, account, DAY);
    }

    private BigDecimal cash(long account) {
        return jdbc.queryForObject("SELECT cash_balance FROM wallet WHERE tenant_id = ? AND account_id = ?", BigDecimal.class, TENANT,
                account);
    }

    private long bills(List<Long> ids) {
        return ids.stream().mapToLong(id -> jdbc.queryForObject("SELECT COUNT(*) FROM bill WHERE tenant_id = ? AND account_id = ?",
                Long.class, TENANT, id)).sum();
    }

    private boolean consistent(long account) {
        return operator(() -> ledger.check(account)).consistent();
    }
}
