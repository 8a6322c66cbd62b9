package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Each item type is rated by its own rule, in the tenant's calendar, and a day charged once:
 * re-running it, or resuming it after an interruption, charges nothing more.
 */
class RatingRulesTest extends BillingFixture {

    /** 2026-11-14 in Los Angeles runs from 08:00Z on the 14th to 08:00Z on the 15th. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 14);

    @Test
    void sumItemsAddTheirHoursGaugesTakeTheLargestHourAndRetentionPicksThePrice() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        credit(INTL, account, "100.00");
        WorkspaceSummary shortLogs = workspace(owner, "us-west-1", null);
        WorkspaceSummary longLogs = workspace(owner, "us-west-1", 30);
        clock.set(Instant.parse("2026-11-15T10:00:00Z"));
        send(INTL,
                // LOGS is a SUM item: 1.5 M + 0.5 M records = 2 M at 0.40 (7-day retention).
                record(shortLogs.id(), "LOGS", "2026-11-14T09:00:00Z", "1500000"),
                record(shortLogs.id(), "LOGS", "2026-11-15T07:00:00Z", "500000"),
                // 07:00Z on the 14th is still the 13th in Los Angeles: not this day.
                record(shortLogs.id(), "LOGS", "2026-11-14T07:00:00Z", "9000000"),
                // TIME_SERIES is a DAILY_MAX item: hour 10 has 3,000 + 2,000 = 5,000 (largest), hour 11 has 4,000.
                record(shortLogs.id(), "TIME_SERIES", "2026-11-14T10:00:00Z", "3000"),
                record(shortLogs.id(), "TIME_SERIES", "2026-11-14T10:00:00Z", "2000"),
                record(shortLogs.id(), "TIME_SERIES", "2026-11-14T11:00:00Z", "4000"),
                // 30-day retention: 2 M records at 0.65.
                record(longLogs.id(), "LOGS", "2026-11-14T12:00:00Z", "2000000"));

        assertThat(SystemIdentity.callAsOperator(INTL, () -> rating.rate(DAY))).isTrue();

        List<ConsumptionRow> rows = as(owner, () -> bills.myConsumption(ConsumptionFilter.ALL, Pageable.unpaged())).getContent();
        assertThat(rows).extracting(r -> r.workspaceId() + " " + r.itemCode() + " " + r.quantity().toPlainString() + " "
                + r.retentionDays() + " " + r.amount().amount().toPlainString()).containsExactlyInAnyOrder(
                        shortLogs.id() + " LOGS 2000000 7 0.80",
                        shortLogs.id() + " TIME_SERIES 5000 15 0.45",
                        longLogs.id() + " LOGS 2000000 30 1.30");
        // One charge per item and day for the account: 0.80 + 1.30 for LOGS, 0.45 for TIME_SERIES.
        assertThat(cash(owner)).isEqualTo(Money.of("97.45", "USD"));
    }

    @Test
    void aDayIsChargedOnceEvenWhenRunAgainOrResumedAfterAnInterruption() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        LocalDate day = LocalDate.of(2026, 11, 13);
        credit(INTL, account, "10.00");
        WorkspaceSummary workspace = workspace(owner, "eu-central-1", null);
        clock.set(Instant.parse("2026-11-14T10:00:00Z"));
        send(INTL, record(workspace.id(), "HOSTS", "2026-11-13T12:00:00Z", "4"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(day));
        assertThat(cash(owner)).isEqualTo(Money.of("7.80", "USD"));

        assertThat(SystemIdentity.callAsOperator(INTL, () -> rating.rate(day))).as("a done day is not run again").isFalse();
        // As if the run stopped after the wallet charged but before the run recorded it.
        sql("DELETE FROM daily_charge WHERE tenant_id = ? AND account_id = ?", INTL, account);
        sql("DELETE FROM billing_run WHERE tenant_id = ? AND kind = 'DAY' AND period = ?", INTL, day.toString());
        assertThat(SystemIdentity.callAsOperator(INTL, () -> rating.rate(day))).isTrue();

        assertThat(cash(owner)).as("the wallet replays the charge, it does not take it again").isEqualTo(Money.of("7.80", "USD"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM daily_charge WHERE tenant_id = ? AND account_id = ?", Integer.class,
                INTL, account)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal_transaction WHERE tenant_id = ? AND account_id = ?"
                + " AND kind = 'CHARGE'", Integer.class, INTL, account)).isEqualTo(1);
    }

    @Test
    void cloudSettledWorkspacesAreRatedButNotChargedToTheWallet() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        credit(INTL, account, "10.00");
        WorkspaceSummary cloud = workspace(owner, "us-west-1", null);
        WorkspaceSummary wallet = workspace(owner, "us-west-1", null);
        SystemIdentity.runAsOperator(INTL, () -> workspaces.changeSettlement(cloud.id(), Settlement.cloudAccount(77, "AWS"),
                LocalDate.of(2026, 11, 1)));
        clock.set(Instant.parse("2026-11-13T10:00:00Z"));
        send(INTL, record(cloud.id(), "HOSTS", "2026-11-12T12:00:00Z", "10"),
                record(wallet.id(), "HOSTS", "2026-11-12T12:00:00Z", "2"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(LocalDate.of(2026, 11, 12)));

        assertThat(cash(owner)).isEqualTo(Money.of("9.00", "USD"));
        List<ConsumptionRow> rows = as(owner, () -> bills.myConsumption(ConsumptionFilter.ALL, Pageable.unpaged())).getContent();
        assertThat(rows).extracting(r -> r.workspaceId() + " " + r.settlement() + " " + r.amount().amount().toPlainString())
                .containsExactlyInAnyOrder(cloud.id() + " CLOUD_ACCOUNT 5.00", wallet.id() + " WALLET 1.00");
        assertThat(jdbc.queryForObject("SELECT cloud_account_id FROM consumption_line WHERE tenant_id = ? AND workspace_id = ?",
                Long.class, INTL, cloud.id())).isEqualTo(77L);
        assertThat(SystemIdentity.callAsOperator(INTL, () -> workspaces.settlementOn(cloud.id(), LocalDate.of(2026, 11, 12))))
                .isEqualTo(Settlement.cloudAccount(77, "AWS"));
        assertThat(SystemIdentity.callAsOperator(INTL, () -> workspaces.settlementOn(cloud.id(), LocalDate.of(2026, 10, 31))))
                .isEqualTo(Settlement.WALLET);
    }

    @Test
    void smsIsPaidByCashNotByVouchers() {
        clock.set(Instant.parse("2026-11-12T10:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        credit(INTL, account, "5.00");
        SystemIdentity.runAsOperator(INTL, () -> context().getBean(org.billingcenter.wallet.VoucherService.class)
                .issue(account, Money.of("50.00", "USD"), 30, "welcome", key()));
        WorkspaceSummary workspace = workspace(owner, "us-west-1", null);
        send(INTL, record(workspace.id(), "SMS", "2026-11-11T12:00:00Z", "100"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(LocalDate.of(2026, 11, 11)));

        assertThat(cash(owner)).isEqualTo(Money.of("4.00", "USD"));
        assertThat(jdbc.queryForObject("SELECT voucher_paid FROM daily_charge WHERE tenant_id = ? AND account_id = ?",
                java.math.BigDecimal.class, INTL, account)).isZero();
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    private org.springframework.context.ApplicationContext context() {
        return applicationContext;
    }
}
