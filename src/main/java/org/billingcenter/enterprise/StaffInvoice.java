package org.billingcenter.enterprise;

import java.time.LocalDate;

import org.billingcenter.shared.money.Money;

/** A contract invoice as staff follow its payment: its total, what has been paid, and by when it is due. */
public record StaffInvoice(long id, String number, LocalDate invoiceDate, LocalDate dueOn, InvoiceStatus status, Money total, Money paid) {

    public Money outstanding() {
        return total.minus(paid);
    }
}
