package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A bill issued with 8.00 in arrears offers nothing for a tax invoice; as the customer pays the
 * arrears afterwards, each payment's share becomes an invoiceable document. What staff credited
 * settles arrears too, but is not the customer's cash and is never invoiceable.
 */
class ArrearsPaidAfterTheBillAreInvoiceableTest extends BillingFixture {

    private static final YearMonth MONTH = YearMonth.of(2031, 5);

    @Autowired
    InvoiceService invoices;
    @Autowired
    RechargeService recharges;

    @Test
    void arrearsPaidByRemittancesAfterTheBillWasIssuedBecomeInvoiceable() {
        clock.set(Instant.parse("2031-05-01T18:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        SignedInUser other = newOwner(INTL);
        long account = accountOf(owner).id();
        WorkspaceSummary workspace = workspace(owner, "us-west-1", null);
        // 16 hosts at 0.50 = 8.00 with no money at all: all of it in arrears.
        clock.set(Instant.parse("2031-05-06T12:00:00Z"));
        send(INTL, record(workspace.id(), "HOSTS", "2031-05-05T20:00:00Z", "16"));
        clock.set(Instant.parse("2031-06-04T12:00:00Z"));
        SystemIdentity.runAsOperator(INTL, () -> monthlyBills.issue(MONTH));
        BillSummary bill = as(owner, () -> bills.myBills(Pageable.unpaged())).getContent().getFirst();
        assertThat(bill.arrears()).isEqualTo(Money.of("8.00", "USD"));
        assertThat(billDocuments(owner)).as("nothing was paid in cash yet").isEmpty();

        // Staff credit 2.00 of goodwill: it settles part of the arrears, but nobody paid it.
        clock.set(Instant.parse("2031-06-05T12:00:00Z"));
        credit(INTL, account, "2.00");
        assertThat(billDocuments(owner)).isEmpty();

        // The customer remits 5.00: all of it pays arrears, and is invoiceable.
        clock.set(Instant.parse("2031-06-06T12:00:00Z"));
        remit(owner, "5.00");
        assertThat(billDocuments(owner)).singleElement().satisfies(document -> {
            assertThat(document.type()).isEqualTo(DocumentType.ARREARS_PAYMENT);
            assertThat(document.reference()).startsWith("ARREARS-" + bill.id() + "-");
            assertThat(document.invoiceable()).isEqualTo(Money.of("5.00", "USD"));
            assertThat(document.date()).hasToString("2031-06-06");
        });

        // Then 10.00: 1.00 settles the rest of the arrears, 9.00 is ordinary cash.
        clock.set(Instant.parse("2031-06-07T12:00:00Z"));
        remit(owner, "10.00");
        List<InvoiceableDocument> documents = billDocuments(owner);
        assertThat(documents).extracting(document -> document.invoiceable().amount().toPlainString())
                .containsExactlyInAnyOrder("5.00", "1.00");
        assertThat(cash(owner)).isEqualTo(Money.of("9.00", "USD"));
        assertThat(as(other, () -> invoices.invoiceable())).as("another account sees none of it")
                .noneMatch(document -> document.reference().startsWith("ARREARS-" + bill.id() + "-"));
        // A later payment has nothing left to settle: no new document.
        remit(owner, "3.00");
        assertThat(billDocuments(owner)).hasSize(2);
    }

    private List<InvoiceableDocument> billDocuments(SignedInUser owner) {
        return as(owner, () -> invoices.invoiceable()).stream()
                .filter(document -> document.type() == DocumentType.ARREARS_PAYMENT || document.type() == DocumentType.BILL).toList();
    }

    private void remit(SignedInUser owner, String amount) {
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal(amount), "Owner", "REF-" + key(), key()));
        SystemIdentity.runAsOperator(INTL, () -> recharges.confirmRemittance(order, "seen on the statement"));
    }
}
