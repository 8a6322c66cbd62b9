package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.SimulatedPaymentGateway;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A month in Los Angeles, with time moved by the clock: a voucher pays the first charges and
 * expires mid-month, later charges go into arrears, the bill is issued on the 3rd (local time,
 * not UTC's), the settlement countdown locks the workspace, a remittance pays part of the arrears,
 * and an online payment settles the rest and unlocks it.
 */
class MonthWithArrearsTest extends BillingFixture {

    private static final YearMonth MONTH = YearMonth.of(2027, 1);

    @Autowired
    VoucherService vouchers;
    @Autowired
    RechargeService recharges;
    @Autowired
    Notifications notifications;
    @Autowired
    TenantRegistry tenants;
    @Autowired
    SimulatedPaymentGateway gateway;

    @Test
    void voucherThenArrearsThenBillCountdownLockAndPayOff() throws InterruptedException {
        clock.set(Instant.parse("2027-01-01T18:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        // Ten days of validity: gone on 11 January.
        SystemIdentity.runAsOperator(INTL, () -> vouchers.issue(account, Money.of("10.00", "USD"), 10, "welcome", key()));
        WorkspaceSummary workspace = workspace(owner, "us-west-1", null);

        // 5 January: 12 hosts at 0.50 = 6.00, paid by the voucher (4.00 left on it).
        clock.set(Instant.parse("2027-01-06T12:00:00Z"));
        send(INTL, record(workspace.id(), "HOSTS", "2027-01-05T20:00:00Z", "12"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        // 20 January: 16 hosts = 8.00; the voucher has expired, there is no cash: all of it in arrears.
        clock.set(Instant.parse("2027-01-21T12:00:00Z"));
        send(INTL, record(workspace.id(), "HOSTS", "2027-01-20T20:00:00Z", "16"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        assertThat(cash(owner)).isEqualTo(Money.of("-8.00", "USD"));

        // 3 February 06:00Z is still 2 February in Los Angeles: no bill yet.
        clock.set(Instant.parse("2027-02-03T06:00:00Z"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        assertThat(as(owner, () -> bills.myBills(Pageable.unpaged())).getContent()).isEmpty();

        clock.set(Instant.parse("2027-02-03T09:00:00Z"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        List<BillSummary> issued = as(owner, () -> bills.myBills(Pageable.unpaged())).getContent();
        assertThat(issued).as("a re-run adds no second bill").hasSize(1);
        BillSummary bill = issued.getFirst();
        assertThat(bill.period()).isEqualTo(MONTH);
        assertThat(bill.total()).isEqualTo(Money.of("14.00", "USD"));
        assertThat(bill.voucherPaid()).isEqualTo(Money.of("6.00", "USD"));
        assertThat(bill.cashPaid()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(bill.arrears()).isEqualTo(Money.of("8.00", "USD"));
        BillDetail detail = as(owner, () -> bills.myBill(bill.id()));
        assertThat(detail.lines()).extracting(line -> line.workspaceName() + " " + line.itemCode() + " " + line.units().toPlainString()
                + " " + line.amount().amount().toPlainString()).containsExactly(workspace.name() + " HOSTS 28 14.00");
        assertThat(as(owner, () -> notifications.mine(Pageable.unpaged())).getContent())
                .anyMatch(n -> n.text(Locale.ENGLISH).contains("leaves $8.00 in arrears"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND recipient = ? AND subject LIKE ?",
                Integer.class, INTL, owner.email(), "%bill for 2027-01 in arrears%")).isEqualTo(1);

        // Fourteen days later the countdown has run out: the workspace takes no more usage.
        clock.set(Instant.parse("2027-02-17T09:30:00Z"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        IngestionResult refused = send(INTL, record(workspace.id(), "HOSTS", "2027-02-17T08:00:00Z", "1"));
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors().getFirst().reason()).contains("is locked").contains("arrears");
        assertThat(as(owner, () -> workspaces.myWorkspaces())).singleElement().satisfies(w -> assertThat(w.locked()).isTrue());

        // A remittance of 5.00 only pays part of the 8.00: the workspace stays locked.
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("5.00"), "Owner", "REF-1", key()));
        SystemIdentity.runAsOperator(INTL, () -> recharges.confirmRemittance(order, "seen on the statement"));
        assertThat(cash(owner)).isEqualTo(Money.of("-3.00", "USD"));
        assertThat(as(owner, () -> workspaces.myWorkspaces())).singleElement().satisfies(w -> assertThat(w.locked()).isTrue());

        // An online payment of 15.00, settled by the provider's callbacks, pays the rest first; the case
        // closes and the workspace opens again.
        String checkout = as(owner, () -> recharges.startOnlineRecharge(new BigDecimal("15.00"), key())).checkoutUrl();
        TenantContext.runAs(INTL, () -> gateway.decide(checkout.substring(SimulatedPaymentGateway.CHECKOUT_PATH.length()), true, Duration.ZERO));
        for (int waited = 0; waited < 100 && as(owner, () -> workspaces.myWorkspaces()).getFirst().locked(); waited++) {
            Thread.sleep(100);
        }
        assertThat(cash(owner)).isEqualTo(Money.of("12.00", "USD"));
        assertThat(as(owner, () -> workspaces.myWorkspaces())).singleElement().satisfies(w -> assertThat(w.locked()).isFalse());
        assertThat(send(INTL, record(workspace.id(), "HOSTS", "2027-02-17T08:00:00Z", "1")).accepted()).isEqualTo(1);

        // The issued bill did not change; re-running the month is a no-op.
        clock.advance(Duration.ofDays(1));
        assertThat(SystemIdentity.callAsOperator(INTL, () -> monthlyBills.issue(MONTH))).isFalse();
        assertThat(as(owner, () -> bills.myBill(bill.id())).summary()).isEqualTo(bill);
    }
}
