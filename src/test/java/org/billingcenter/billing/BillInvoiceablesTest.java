package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.FieldChange;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.VoucherService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** An issued bill is offered for a tax invoice for the part paid in cash only. Its own months: billing runs are per tenant, and other tests run theirs. */
class BillInvoiceablesTest extends BillingFixture {

    @Autowired
    InvoiceService invoices;
    @Autowired
    VoucherService vouchers;
    @Autowired
    TenantRegistry tenants;
    @Autowired
    AuditService audit;

    @Test
    void aBillPaidByVoucherAndCashIsInvoiceableForItsCashPart() {
        clock.set(Instant.parse("2028-05-01T18:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        SignedInUser other = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> {
            vouchers.issue(account, Money.of("5.00", "USD"), 60, "welcome", key());
            wallet.grantCredit(account, Money.of("20.00", "USD"), "Prepaid by bank transfer", key());
        });
        var workspace = workspace(owner, "us-west-1", null);
        // 12 hosts at 0.50 = 6.00: 5.00 from the voucher, 1.00 from cash.
        clock.set(Instant.parse("2028-05-06T12:00:00Z"));
        send(INTL, record(workspace.id(), "HOSTS", "2028-05-05T20:00:00Z", "12"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        clock.set(Instant.parse("2028-06-03T18:00:00Z"));
        SystemIdentity.runAsOperator(INTL, () -> jobs.catchUp(tenants.get(INTL)));
        BillSummary bill = as(owner, () -> bills.myBills(Pageable.unpaged())).getContent().getFirst();
        assertThat(bill.voucherPaid()).isEqualTo(Money.of("5.00", "USD"));
        assertThat(bill.cashPaid()).isEqualTo(Money.of("1.00", "USD"));

        List<InvoiceableDocument> offered = as(owner, () -> invoices.invoiceable());

        assertThat(offered).filteredOn(document -> document.type() == DocumentType.BILL).singleElement().satisfies(document -> {
            assertThat(document.reference()).isEqualTo("BILL-" + bill.id());
            assertThat(document.total()).isEqualTo(Money.of("6.00", "USD"));
            assertThat(document.invoiceable()).isEqualTo(Money.of("1.00", "USD"));
            assertThat(document.date()).hasToString("2028-05-31");
        });
        assertThat(as(other, () -> invoices.invoiceable())).noneMatch(document -> document.reference().equals("BILL-" + bill.id()));

        // The bill is in the account's change history, and only there.
        HistoryQuery bills = new HistoryQuery("Bill", null, null, null, null, null);
        assertThat(as(owner, () -> audit.changes(bills))).singleElement().satisfies(change -> {
            assertThat(change.entityId()).isEqualTo(bill.id());
            assertThat(change.fields()).contains(new FieldChange("total", null, "USD 6.00"), new FieldChange("cash paid", null, "USD 1.00"));
        });
        assertThat(as(other, () -> audit.changes(bills))).isEmpty();
    }
}
