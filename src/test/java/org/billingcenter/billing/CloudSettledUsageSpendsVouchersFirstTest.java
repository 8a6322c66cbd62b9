package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.wallet.StoredValueCardService;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.wallet.WalletOverview;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A workspace settled through a cloud account: the account's voucher pays its usage first, then its
 * stored-value card, and only the rest is billed to the cloud account. The wallet's cash is never
 * touched; the monthly bill and the cloud bill show the split.
 */
class CloudSettledUsageSpendsVouchersFirstTest extends BillingFixture {

    private static final YearMonth MONTH = YearMonth.of(2036, 3);
    private static final long CLOUD_ACCOUNT = 9_031L;

    @Autowired
    VoucherService vouchers;
    @Autowired
    StoredValueCardService cards;

    @Test
    void aCloudSettledWorkspaceIsPaidByTheVoucherThenTheCardThenTheCloudAccount() {
        clock.set(Instant.parse("2036-03-01T10:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> vouchers.issue(account, Money.of("10.00", "USD"), 90, "welcome", key()));
        credit(INTL, account, "120.00");
        as(owner, () -> cards.buy(Money.of("100", "USD"), key()));
        WorkspaceSummary cloud = workspace(owner, "us-west-1", null);
        SystemIdentity.runAsOperator(INTL, () -> workspaces.changeSettlement(cloud.id(), Settlement.cloudAccount(CLOUD_ACCOUNT, "AWS"),
                MONTH.atDay(1)));

        // 300 hosts at 0.50 = 150.00: the voucher's 10.00, the card's 100.00, and 40.00 for the cloud account.
        clock.set(Instant.parse("2036-03-02T12:00:00Z"));
        send(INTL, record(cloud.id(), "HOSTS", "2036-03-01T12:00:00Z", "300"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(MONTH.atDay(1)));

        WalletOverview after = as(owner, () -> wallet.overview());
        assertThat(after.cash()).as("cash is never spent on cloud-settled usage").isEqualTo(Money.of("20.00", "USD"));
        assertThat(after.vouchers()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(after.cards()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(jdbc.queryForList("SELECT voucher_paid, card_paid, cloud_paid FROM cloud_charge WHERE tenant_id = ? AND account_id = ?",
                INTL, account)).singleElement().satisfies(row -> {
                    assertThat((BigDecimal) row.get("voucher_paid")).isEqualByComparingTo("10");
                    assertThat((BigDecimal) row.get("card_paid")).isEqualByComparingTo("100");
                    assertThat((BigDecimal) row.get("cloud_paid")).isEqualByComparingTo("40");
                });

        // The next day nothing is left on the voucher or the card: all of it goes to the cloud account.
        clock.set(Instant.parse("2036-03-03T12:00:00Z"));
        send(INTL, record(cloud.id(), "HOSTS", "2036-03-02T12:00:00Z", "10"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(MONTH.atDay(2)));
        assertThat(cash(owner)).isEqualTo(Money.of("20.00", "USD"));

        clock.set(Instant.parse("2036-04-04T12:00:00Z"));
        SystemIdentity.runAsOperator(INTL, () -> monthlyBills.issue(MONTH));
        BillSummary bill = as(owner, () -> bills.myBills(Pageable.unpaged())).getContent().getFirst();
        assertThat(bill.total()).isEqualTo(Money.of("155.00", "USD"));
        assertThat(bill.voucherPaid()).isEqualTo(Money.of("10.00", "USD"));
        assertThat(bill.cardPaid()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(bill.cloudPaid()).isEqualTo(Money.of("45.00", "USD"));
        assertThat(bill.cashPaid()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(bill.invoiceable()).as("voucher- and card-paid usage is not invoiced again").isEqualTo(Money.of("0.00", "USD"));

        CloudBillPayments split = as(owner, () -> bills.cloudBillPayments(CLOUD_ACCOUNT, MONTH)).orElseThrow();
        assertThat(split).isEqualTo(new CloudBillPayments(Money.of("155.00", "USD"), Money.of("10.00", "USD"),
                Money.of("100.00", "USD"), Money.of("45.00", "USD")));
        SignedInUser stranger = newOwner(INTL);
        assertThat(as(stranger, () -> bills.cloudBillPayments(CLOUD_ACCOUNT, MONTH))).as("another account's cloud bill").isEmpty();
    }

    @Test
    void aCloudSettledDayRatedTwiceSpendsTheVoucherOnce() {
        clock.set(Instant.parse("2036-06-10T10:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> vouchers.issue(account, Money.of("30.00", "USD"), 90, "welcome", key()));
        WorkspaceSummary cloud = workspace(owner, "us-west-1", null);
        SystemIdentity.runAsOperator(INTL, () -> workspaces.changeSettlement(cloud.id(), Settlement.cloudAccount(CLOUD_ACCOUNT + 1, "AWS"),
                LocalDate.of(2036, 6, 1)));
        LocalDate day = LocalDate.of(2036, 6, 10);
        clock.set(Instant.parse("2036-06-11T12:00:00Z"));
        send(INTL, record(cloud.id(), "HOSTS", "2036-06-10T12:00:00Z", "20"));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(day));
        // As if the run had stopped before it marked the day done: the charges are replayed, not made again.
        sql("DELETE FROM cloud_charge WHERE tenant_id = ? AND account_id = ?", INTL, account);
        sql("DELETE FROM billing_run WHERE tenant_id = ? AND kind = ? AND period = ?", INTL, RunLog.DAY, day.toString());
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(day));

        assertThat(as(owner, () -> wallet.overview()).vouchers()).isEqualTo(Money.of("20.00", "USD"));
        assertThat(jdbc.queryForObject("SELECT voucher_paid FROM cloud_charge WHERE tenant_id = ? AND account_id = ?", BigDecimal.class,
                INTL, account)).isEqualByComparingTo("10");
    }
}
