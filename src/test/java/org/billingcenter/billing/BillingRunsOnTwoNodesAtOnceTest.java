package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.billingcenter.shared.cluster.ExclusiveRun;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.LedgerCheckService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two application nodes on one database, and the schedule, start the same billing day and the
 * same bill run at the same moment: staff press <i>Run day</i> and <i>Run month</i> on both nodes
 * while the hourly job fires. Every account is charged once per item and day, has one bill and at
 * most one arrears case, its wallet lost exactly its consumption, and starting everything again
 * afterwards changes nothing. The second node is a second {@link BillingRunService} (with its own
 * background thread) over the same database, as another JVM would be.
 */
class BillingRunsOnTwoNodesAtOnceTest extends BillingFixture {

    /** A period no other test bills (runs are per tenant). */
    private static final YearMonth MONTH = YearMonth.of(2030, 3);
    private static final LocalDate DAY_IN_MONTH = LocalDate.of(2030, 3, 10);
    private static final LocalDate YESTERDAY = LocalDate.of(2030, 4, 4);
    private static final Instant NOW = Instant.parse("2030-04-05T12:00:00Z");
    private static final int ACCOUNTS = 6;

    @Autowired
    BillingRunService nodeA;
    @Autowired
    RunLog runLog;
    @Autowired
    TenantRegistry tenants;
    @Autowired
    ExclusiveRun exclusive;
    @Autowired
    LedgerCheckService ledger;

    @Test
    void staffOnTwoNodesAndTheScheduleStartingTheSameRunsBillOnce() throws Exception {
        clock.set(NOW);
        BillingRunService nodeB = new BillingRunService(rating, monthlyBills, runLog, tenants, clock, exclusive);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            ids.add(accountWithUsage(i));
        }

        ExecutorService people = Executors.newFixedThreadPool(5);
        try {
            CyclicBarrier together = new CyclicBarrier(5);
            List<Future<?>> started = List.of(
                    people.submit(() -> atOnce(together, () -> operator(() -> nodeA.runDay(YESTERDAY)).join())),
                    people.submit(() -> atOnce(together, () -> operator(() -> nodeB.runDay(YESTERDAY)).join())),
                    people.submit(() -> atOnce(together, () -> operator(() -> nodeA.runMonth(MONTH)).join())),
                    people.submit(() -> atOnce(together, () -> operator(() -> nodeB.runMonth(MONTH)).join())),
                    people.submit(() -> atOnce(together, () -> {
                        jobs.runAll();
                        return true;
                    })));
            for (Future<?> run : started) {
                run.get(3, TimeUnit.MINUTES);
            }
        } finally {
            people.shutdownNow();
        }
        nodeB.stop();

        assertThat(operator(() -> runLog.isDone(RunLog.DAY, YESTERDAY.toString()))).isTrue();
        assertThat(operator(() -> runLog.isDone(RunLog.MONTH, MONTH.toString()))).isTrue();
        for (long id : ids) {
            assertThat(count("SELECT COUNT(*) FROM journal_transaction WHERE tenant_id = ? AND account_id = ? AND kind = 'CHARGE'", id))
                    .as("account %s: one wallet charge per item and day (2 items × 2 days)", id).isEqualTo(4);
            assertThat(count("SELECT COUNT(*) FROM daily_charge WHERE tenant_id = ? AND account_id = ?", id)).isEqualTo(4);
            assertThat(count("SELECT COUNT(*) FROM bill WHERE tenant_id = ? AND account_id = ?", id)).as("one bill").isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM arrears_case WHERE tenant_id = ? AND account_id = ?", id)).isLessThanOrEqualTo(1);
            assertThat(cash(id)).as("the wallet lost exactly its consumption").isEqualByComparingTo(
                    new BigDecimal("5.00").subtract(consumption(id)));
            assertThat(operator(() -> ledger.check(id)).consistent()).isTrue();
        }
        BigDecimal billed = jdbc.queryForObject("SELECT SUM(total) FROM bill WHERE tenant_id = ? AND period = ? AND account_id IN ("
                + String.join(",", ids.stream().map(String::valueOf).toList()) + ")", BigDecimal.class, INTL, MONTH.toString());
        assertThat(billed).isEqualByComparingTo(ids.stream().map(this::consumptionInMonth).reduce(BigDecimal.ZERO, BigDecimal::add));

        // A run started after the others finished finds its work done.
        assertThat(operator(() -> nodeA.runDay(YESTERDAY)).join()).isFalse();
        assertThat(operator(() -> nodeA.runMonth(MONTH)).join()).isFalse();
        jobs.runAll();
        for (long id : ids) {
            assertThat(count("SELECT COUNT(*) FROM journal_transaction WHERE tenant_id = ? AND account_id = ? AND kind = 'CHARGE'", id))
                    .isEqualTo(4);
        }
    }

    private long accountWithUsage(int n) {
        SignedInUser owner = newOwner(INTL);
        long account = as(owner, () -> accounts.myAccount().id());
        // Less credit than the usage costs: the bill run also works out arrears, which must not double either.
        credit(INTL, account, "5.00");
        long ws = workspace(owner, "us-west-1", null).id();
        send(INTL, record(ws, "HOSTS", "2030-03-10T10:00:00Z", String.valueOf(5 + n)),
                record(ws, "SMS", "2030-03-10T11:00:00Z", "1000"),
                record(ws, "HOSTS", "2030-04-04T10:00:00Z", String.valueOf(3 + n)),
                record(ws, "SMS", "2030-04-04T11:00:00Z", "500"));
        return account;
    }

    private static <T> T atOnce(CyclicBarrier together, Supplier<T> run) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return run.get();
    }

    private static <T> T operator(Supplier<T> work) {
        return SystemIdentity.callAsOperator(INTL, work);
    }

    private long count(String sql, long account) {
        return jdbc.queryForObject(sql, Long.class, INTL, account);
    }

    private BigDecimal consumption(long account) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM consumption_line WHERE tenant_id = ? AND account_id = ?",
                BigDecimal.class, INTL, account);
    }

    private BigDecimal consumptionInMonth(long account) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM consumption_line WHERE tenant_id = ? AND account_id = ?"
                + " AND usage_day BETWEEN ? AND ?", BigDecimal.class, INTL, account, MONTH.atDay(1), MONTH.atEndOfMonth());
    }

    private BigDecimal cash(long account) {
        return jdbc.queryForObject("SELECT cash_balance FROM wallet WHERE tenant_id = ? AND account_id = ?", BigDecimal.class, INTL,
                account);
    }

}
