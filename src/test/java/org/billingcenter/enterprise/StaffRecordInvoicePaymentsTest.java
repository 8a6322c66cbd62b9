package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.billingcenter.notification.AccountNotification;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff record payments against contract invoices until they are paid; an invoice not paid by its
 * due date turns overdue in the daily run, and the account's Administrators are told.
 */
class StaffRecordInvoicePaymentsTest extends ApplicationTest {

    @Autowired
    ContractDesk contracts;
    @Autowired
    ContractInvoiceService invoicing;
    @Autowired
    InvoicePayments payments;
    @Autowired
    OverdueInvoicesJob job;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser staff;
    private SignedInUser administrator;
    private long account;
    private long contract;

    @BeforeEach
    void anIssuedInvoice() {
        clock.set(Instant.parse("2030-03-01T15:00:00Z"));
        staff = newOperator(HOSTING);
        SignedInUser owner = newOwner(HOSTING);
        administrator = newMember(owner, Role.ADMINISTRATOR);
        account = accountOf(owner).id();
        contract = as(staff, () -> contracts.open(account, StaffRecordContractsTest.contract("PAY-" + account, 1), "New customer"));
        clock.set(Instant.parse("2030-04-01T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account));
    }

    @Test
    void paymentsAddUpUntilTheInvoiceIsPaidAndNoMoreIsTaken() {
        StaffInvoice invoice = as(staff, () -> payments.invoices(contract)).getFirst();
        BigDecimal total = invoice.total().amount();
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.parse("2030-05-01"));
        assertThat(total).isPositive();

        StaffInvoice part = as(staff, () -> payments.record(invoice.id(), new NewInvoicePayment(new BigDecimal("100"),
                LocalDate.parse("2030-04-01"), "ACH 4411")));
        assertThat(part.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(part.outstanding().amount()).isEqualByComparingTo(total.subtract(new BigDecimal("100")));

        assertThatThrownBy(() -> as(staff, () -> payments.record(invoice.id(), new NewInvoicePayment(total,
                LocalDate.parse("2030-04-01"), "ACH 4412")))).hasFieldOrPropertyWithValue("messageKey", "enterprise.payment.tooMuch");
        StaffInvoice paid = as(staff, () -> payments.record(invoice.id(), new NewInvoicePayment(total.subtract(new BigDecimal("100")),
                LocalDate.parse("2030-04-01"), "ACH 4413")));

        assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(jdbc.queryForList("SELECT reference FROM ent_invoice_payment WHERE invoice_id = ? ORDER BY id", String.class,
                invoice.id())).containsExactly("ACH 4411", "ACH 4413");
        assertThat(as(administrator, () -> invoicing.invoices(new InvoiceQuery(null, null)))).singleElement()
                .extracting(InvoiceSummary::status).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void anUnpaidInvoiceTurnsOverdueAfterItsDueDateAndTheAdministratorsAreToldOnce() {
        long invoice = as(staff, () -> payments.invoices(contract)).getFirst().id();
        clock.set(Instant.parse("2030-05-01T15:00:00Z"));
        job.markOverdue();
        assertThat(as(staff, () -> payments.invoices(contract)).getFirst().status()).isEqualTo(InvoiceStatus.ISSUED);

        clock.set(Instant.parse("2030-05-02T15:00:00Z"));
        job.markOverdue();
        job.markOverdue();

        assertThat(as(staff, () -> payments.invoices(contract))).filteredOn(i -> i.id() == invoice).singleElement()
                .extracting(StaffInvoice::status).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(as(administrator, () -> notifications.mine(Pageable.ofSize(20))).getContent())
                .extracting(notice -> notice.text(Locale.ENGLISH)).filteredOn(text -> text.contains("overdue")).hasSize(1);
        assertThat(jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient = ?", String.class, administrator.email()))
                .filteredOn(subject -> subject.contains("is overdue")).hasSize(1);
    }

    @Test
    void anotherTenantsStaffCannotRecordAPayment() {
        // The other tenant sells no contracts: its staff cannot record contract payments at all.
        long invoice = as(staff, () -> payments.invoices(contract)).getFirst().id();
        SignedInUser otherStaff = newOperator(INTL);
        assertThatThrownBy(() -> as(otherStaff, () -> payments.record(invoice, new NewInvoicePayment(BigDecimal.TEN,
                LocalDate.parse("2030-04-01"), "forged")))).hasFieldOrPropertyWithValue("messageKey", "feature.unavailable");
        assertThat(as(staff, () -> payments.invoices(contract)).getFirst().paid().isZero()).isTrue();
    }
}
